// A meeting paper written on the app as sections, and the family's "this is wrong" on each
// (docs/decisions/2026-12-06-paper-sections.md). The social worker writes a section (a heading,
// the report's words, the same in plain words); every save is a new version, never changed. An
// invited family member marks a section wrong and says what it should say; a mark sent after the
// paper's date is kept and flagged late. The social worker answers each mark once: "Changed"
// (then edits the section) or it stays, with the reason.
import { recordAudit } from "~/modules/audit/audit.server";
import { isUniqueViolation } from "~/modules/auth/rate-limit.server";
import { visibleWhere } from "~/modules/meetings/meetings.server";
import { notify } from "~/modules/notices/notices.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { ukParts } from "~/utils/uk-time";

export type SectionWords = { heading: string; reportWords: string; plainWords: string };

/**
 * A paper of a meeting this person may read, or null (another family's, or not invited): the
 * meetings list's rule, as for the paper's download. The route's guard has already checked the
 * person may see meetings at all (an adviser only when the family shows meetings).
 */
export async function readablePaper(access: FamilyAccess, meetingId: string, paperId: string) {
  return db.meetingPaper.findFirst({
    where: { id: paperId, meetingId, meeting: visibleWhere(access) },
    select: {
      id: true,
      kind: true,
      title: true,
      dueOn: true,
      meeting: { select: { kind: true, status: true } },
    },
  });
}

const newestVersion = {
  select: {
    id: true,
    version: true,
    heading: true,
    reportWords: true,
    plainWords: true,
    writtenById: true,
    createdAt: true,
  },
  orderBy: { version: "desc" as const },
  take: 1,
};

/**
 * The sections of a paper in order, each with its newest words, how many versions it has, and
 * the marks this person may see: the social worker sees every mark, a family member their own.
 * Null when the paper is not one this person may read.
 */
export async function paperSections({
  access,
  meetingId,
  paperId,
}: {
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
}) {
  const paper = await readablePaper(access, meetingId, paperId);
  if (!paper) return null;
  const seeAllMarks = can(access.role, "meetings", "answerMark");
  const sections = await db.paperSection.findMany({
    where: { paperId: paper.id },
    orderBy: { position: "asc" },
    select: {
      id: true,
      versions: newestVersion,
      _count: { select: { versions: true } },
      marks: {
        where: seeAllMarks ? {} : { personId: access.person.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          personId: true,
          whatIsWrong: true,
          shouldSay: true,
          late: true,
          status: true,
          reason: true,
          respondedById: true,
          createdAt: true,
        },
      },
    },
  });
  return {
    paper,
    sections: sections.flatMap(({ versions, _count, ...section }) =>
      versions[0] ? [{ ...section, current: versions[0], versionCount: _count.versions }] : [],
    ),
  };
}

/** A paper the social worker may write sections on (this family's, its meeting not cancelled), or null. */
export async function writablePaper(access: FamilyAccess, meetingId: string, paperId: string) {
  if (!can(access, "meetings", "writeSections")) return null;
  return db.meetingPaper.findFirst({
    where: { id: paperId, meetingId, meeting: { familyId: access.familyId, status: { not: "CANCELLED" } } },
    select: { id: true, title: true, meeting: { select: { kind: true } } },
  });
}

/** Adds a section at the end of the paper, as its first version. Null when the paper is not writable. */
export async function writeSection({
  request,
  access,
  meetingId,
  paperId,
  words,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  words: SectionWords;
}): Promise<{ sectionId: string } | null> {
  const paper = await writablePaper(access, meetingId, paperId);
  if (!paper) return null;
  const sectionId = await db.$transaction(async (tx) => {
    const last = await tx.paperSection.findFirst({
      where: { paperId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    // Two at once: the unique (paper, position) refuses the second instead of mixing them up.
    const section = await tx.paperSection.create({
      data: { paperId, position: (last?.position ?? 0) + 1, createdById: access.person.id },
      select: { id: true },
    });
    await tx.paperSectionVersion.create({
      data: { sectionId: section.id, version: 1, ...words, writtenById: access.person.id },
      select: { id: true },
    });
    return section.id;
  });
  await recordAudit({
    request,
    action: "meeting.section.write",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "PaperSection",
    entityId: sectionId,
  });
  return { sectionId };
}

/** A section of a writable paper with its newest words, for the edit form; null when not found. */
export async function sectionToEdit(
  access: FamilyAccess,
  meetingId: string,
  paperId: string,
  sectionId: string,
) {
  const paper = await writablePaper(access, meetingId, paperId);
  if (!paper) return null;
  const section = await db.paperSection.findFirst({
    where: { id: sectionId, paperId },
    select: { id: true, versions: newestVersion },
  });
  const current = section?.versions[0];
  return section && current ? { paper, sectionId: section.id, current } : null;
}

export type EditOutcome = { ok: true } | { ok: false; error: "not-found" | "changed" };

/**
 * Saves the section's words as its next version, only if nobody saved one since `baseVersion`
 * (the version the form was opened on); the older versions stay as they were.
 */
export async function editSection({
  request,
  access,
  meetingId,
  paperId,
  sectionId,
  baseVersion,
  words,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  sectionId: string;
  baseVersion: number;
  words: SectionWords;
}): Promise<EditOutcome> {
  const found = await sectionToEdit(access, meetingId, paperId, sectionId);
  if (!found) return { ok: false, error: "not-found" };
  if (found.current.version !== baseVersion) return { ok: false, error: "changed" };
  let row: { id: string };
  try {
    // The unique (section, version) refuses a second save over the same version.
    row = await db.paperSectionVersion.create({
      data: { sectionId, version: baseVersion + 1, ...words, writtenById: access.person.id },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "changed" };
    throw error;
  }
  await recordAudit({
    request,
    action: "meeting.section.edit",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "PaperSectionVersion",
    entityId: row.id,
  });
  return { ok: true };
}

/**
 * "This is wrong" on a section, by a family member invited to the meeting, while the meeting
 * is not cancelled. Kept against the version they read; flagged late when sent after the
 * paper's date (UK time). Null when the section is not one they may mark.
 */
export async function markSection({
  request,
  access,
  meetingId,
  paperId,
  sectionId,
  whatIsWrong,
  shouldSay,
  now = new Date(),
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  sectionId: string;
  whatIsWrong: string;
  shouldSay: string;
  now?: Date;
}): Promise<{ markId: string; late: boolean } | null> {
  if (!can(access, "meetings", "markSection")) return null;
  const section = await db.paperSection.findFirst({
    where: {
      id: sectionId,
      paper: {
        id: paperId,
        meetingId,
        meeting: {
          familyId: access.familyId,
          status: { not: "CANCELLED" },
          invites: { some: { personId: access.person.id } },
        },
      },
    },
    select: {
      id: true,
      paper: { select: { dueOn: true } },
      versions: { ...newestVersion, select: { version: true } },
    },
  });
  const current = section?.versions[0];
  if (!section || !current) return null;
  const late = ukParts(now).date > section.paper.dueOn;
  const mark = await db.paperSectionMark.create({
    data: {
      sectionId,
      version: current.version,
      personId: access.person.id,
      whatIsWrong,
      shouldSay,
      late,
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "meeting.section.mark",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "PaperSectionMark",
    entityId: mark.id,
  });
  return { markId: mark.id, late };
}

/**
 * The social worker's answer to a mark on this paper: CORRECTED ("Changed"; they then edit the
 * section) or NOT_AGREED (it stays, with the reason). A mark is answered once; null when it is
 * not an open mark of this paper.
 */
export async function answerMark({
  request,
  access,
  meetingId,
  paperId,
  markId,
  answer,
  reason,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  markId: string;
  answer: "CORRECTED" | "NOT_AGREED";
  reason: string;
}): Promise<{ sectionId: string } | null> {
  if (!can(access, "meetings", "answerMark")) return null;
  const mark = await db.paperSectionMark.findFirst({
    where: {
      id: markId,
      status: "OPEN",
      section: { paper: { id: paperId, meetingId, meeting: { familyId: access.familyId } } },
    },
    select: { id: true, sectionId: true },
  });
  if (!mark) return null;
  const updated = await db.paperSectionMark.updateMany({
    where: { id: mark.id, status: "OPEN" },
    data: {
      status: answer,
      reason: reason || null,
      respondedById: access.person.id,
      respondedAt: new Date(),
    },
  });
  if (updated.count !== 1) return null;
  await recordAudit({
    request,
    action: "meeting.section.answer",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "PaperSectionMark",
    entityId: mark.id,
  });
  await notify({
    familyId: access.familyId,
    event: "mark.answered",
    subjectId: mark.id,
    actorId: access.person.id,
  });
  return { sectionId: mark.sectionId };
}

/**
 * "The family says": for the social worker's view of a meeting (the chair sees it through it),
 * the marks on its papers still in dispute: not answered yet, or answered that the section stays.
 * Empty for anyone else.
 */
export async function disputedMarks({ access, meetingId }: { access: FamilyAccess; meetingId: string }) {
  if (!can(access.role, "meetings", "answerMark")) return [];
  return db.paperSectionMark.findMany({
    where: {
      status: { in: ["OPEN", "NOT_AGREED"] },
      section: { paper: { meetingId, meeting: { familyId: access.familyId } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      personId: true,
      whatIsWrong: true,
      shouldSay: true,
      late: true,
      status: true,
      reason: true,
      createdAt: true,
      section: {
        select: {
          id: true,
          paperId: true,
          versions: { select: { heading: true }, orderBy: { version: "desc" }, take: 1 },
        },
      },
    },
  });
}

/** "The family says" as the meeting page shows it: who marked, what it should say, late or not. */
export function familySaysView(
  marks: Awaited<ReturnType<typeof disputedMarks>>,
  {
    format,
    people,
    familyId,
    meetingId,
  }: {
    format: { moment: (instant: Date) => string };
    people: { nameOfPerson: (personId: string) => string };
    familyId: string;
    meetingId: string;
  },
) {
  return marks.map((mark) => ({
    id: mark.id,
    by: people.nameOfPerson(mark.personId),
    at: format.moment(mark.createdAt),
    heading: mark.section.versions[0]?.heading ?? "",
    whatIsWrong: mark.whatIsWrong,
    shouldSay: mark.shouldSay,
    late: mark.late,
    stays: mark.status === "NOT_AGREED",
    reason: mark.reason,
    href: `/families/${familyId}/meetings/${meetingId}/papers/${mark.section.paperId}#section-${mark.section.id}`,
  }));
}
