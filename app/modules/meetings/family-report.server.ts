// "Our report": what the family writes for a meeting. Parents and carers write it (each save is
// a new version, never changed) and share it with the social worker and the chair; until then
// only they see it. Network members add their words through "what I want to say" instead.
import { recordAudit } from "~/modules/audit/audit.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";

import { invitedMeeting } from "./meetings.server";

/**
 * The family's report as this person may see it: the writers see it always, the social worker
 * once it is shared; anyone else gets null. Only the newest version's words, and who wrote each.
 */
export async function familyReportFor({ access, meetingId }: { access: FamilyAccess; meetingId: string }) {
  // By role, not by the space's state: a report stays readable once the plan has ended.
  const isWriter = can(access.role, "meetings", "writeReport");
  const isWorker = can(access.role, "meetings", "schedule");
  if (!isWriter && !isWorker) return null;
  const meeting = await db.meeting.findFirst({
    where: {
      id: meetingId,
      familyId: access.familyId,
      ...(isWorker ? {} : { invites: { some: { personId: access.person.id } } }),
    },
    select: {
      familyReportShare: { select: { sharedAt: true, sharedById: true } },
      familyReports: {
        select: { version: true, wentWell: true, wantKnown: true, writtenById: true, createdAt: true },
        orderBy: { version: "desc" },
      },
    },
  });
  if (!meeting) return null;
  const shared = meeting.familyReportShare;
  if (!isWriter && !shared) return null;
  const [latest] = meeting.familyReports;
  return {
    latest: latest ?? null,
    versions: meeting.familyReports.map(({ version, writtenById, createdAt }) => ({
      version,
      writtenById,
      createdAt,
    })),
    shared,
  };
}

/** Saves a new version of the report. False when the meeting is not open to this person. */
export async function saveFamilyReport({
  request,
  access,
  meetingId,
  wentWell,
  wantKnown,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  wentWell: string;
  wantKnown: string;
}) {
  if (!can(access, "meetings", "writeReport") || !(await invitedMeeting(access, meetingId))) return false;
  const saved = await db.$transaction(async (tx) => {
    const last = await tx.meetingFamilyReport.findFirst({
      where: { meetingId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    // Two saves at once: the unique (meeting, version) refuses the second instead of losing one.
    return tx.meetingFamilyReport.create({
      data: {
        meetingId,
        version: (last?.version ?? 0) + 1,
        wentWell,
        wantKnown,
        writtenById: access.person.id,
      },
      select: { id: true },
    });
  });
  await recordAudit({
    request,
    action: "meeting.report.save",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "meetingFamilyReport",
    entityId: saved.id,
  });
  return true;
}

/** Shares the report with the social worker and the chair. False if there is nothing to share. */
export async function shareFamilyReport({
  request,
  access,
  meetingId,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
}) {
  if (!can(access, "meetings", "shareReport") || !(await invitedMeeting(access, meetingId))) return false;
  const written = await db.meetingFamilyReport.count({ where: { meetingId } });
  if (written === 0) return false;
  const existing = await db.meetingFamilyReportShare.findUnique({
    where: { meetingId },
    select: { id: true },
  });
  if (!existing) {
    await db.meetingFamilyReportShare
      .create({ data: { meetingId, sharedById: access.person.id } })
      // Shared by someone else a moment ago: it is shared, which is what was asked.
      .catch(async (error: unknown) => {
        if (!(await db.meetingFamilyReportShare.findUnique({ where: { meetingId } }))) throw error;
      });
  }
  await recordAudit({
    request,
    action: "meeting.report.share",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "meeting",
    entityId: meetingId,
  });
  return true;
}
