// Notices: "something new" for each person who may see it. One call from each event's module
// (notify) writes a row per person; the What's new page lists them; digest.server.ts emails a
// plain "You have something new" now and then. Who gets one, and who still sees one later, is
// decided by the thing's own rule, the one its page uses: the guard's matrix (with the family's
// choice of what an adviser sees), the meetings' invitations, the rule reports' readers.
import { acceptanceSide, waitsForYesFrom } from "~/modules/commitments/acceptance";
import { visibleWhere } from "~/modules/meetings/meetings.server";
import { allows, type FamilyAccess, type PartReader } from "~/modules/permissions/guard.server";
import type { AdviserView, FamilyRole } from "~/modules/permissions/matrix";
import { reportWhere } from "~/modules/rules/report-access";
import { db } from "~/utils/db.server";

import { isNoticeEvent, kindOf, noticeEvents, type NoticeEvent, type NoticeSubject } from "./notice-events";

/** A member as a notice sees them: the guard's access on a page, or a membership row when sending. */
export type NoticeReader = PartReader & { person: { id: string } };

/** What a notice reads of a membership to ask the thing's rule. */
export const memberSelect = {
  personId: true,
  familyId: true,
  role: true,
  adviserView: { select: { plan: true, rules: true, meetings: true, network: true } },
} as const;

type MemberRow = {
  personId: string;
  familyId: string;
  role: string;
  adviserView: AdviserView | null;
};

export const readerOf = (member: MemberRow): NoticeReader => ({
  familyId: member.familyId,
  role: member.role as FamilyRole,
  adviserView: member.adviserView,
  person: { id: member.personId },
});

const familyPath = (familyId: string, rest: string) => `/families/${familyId}/${rest}`;

/**
 * Of these things, the ones this reader may see now, each with the path of its page. The same
 * checks as the pages: the guard's `allows` for the part, then the part's own where-clause.
 */
export async function visibleSubjects(
  reader: NoticeReader,
  subject: NoticeSubject,
  ids: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (ids.length === 0) return found;
  const { familyId } = reader;
  const inIds = { in: [...new Set(ids)] };
  switch (subject) {
    case "meeting": {
      if (!allows(reader, "meetings", "view")) break;
      const rows = await db.meeting.findMany({
        where: { id: inIds, ...visibleWhere(reader) },
        select: { id: true },
      });
      for (const row of rows) found.set(row.id, familyPath(familyId, `meetings/${row.id}`));
      break;
    }
    case "planVersion": {
      if (!allows(reader, "plan", "view")) break;
      const rows = await db.planVersion.findMany({ where: { id: inIds, familyId }, select: { id: true } });
      for (const row of rows) found.set(row.id, familyPath(familyId, "plan"));
      break;
    }
    case "correction": {
      if (!allows(reader, "plan", "view")) break;
      const rows = await db.correctionRequest.findMany({
        where: { id: inIds, familyId },
        select: { id: true, itemId: true },
      });
      for (const row of rows) found.set(row.id, familyPath(familyId, `plan/items/${row.itemId}`));
      break;
    }
    case "commitment": {
      if (!allows(reader, "commitments", "view")) break;
      const rows = await db.commitment.findMany({ where: { id: inIds, familyId }, select: { id: true } });
      for (const row of rows) found.set(row.id, familyPath(familyId, `commitments/${row.id}`));
      break;
    }
    case "resource": {
      if (!allows(reader, "help", "view")) break;
      const rows = await db.sharedResource.findMany({
        where: { id: inIds, familyId, withdrawnAt: null },
        select: { id: true },
      });
      for (const row of rows) found.set(row.id, familyPath(familyId, "help"));
      break;
    }
    case "sectionMark": {
      // The paper page's rule: the meeting is one the reader may see.
      if (!allows(reader, "meetings", "view")) break;
      const rows = await db.paperSectionMark.findMany({
        where: { id: inIds, section: { paper: { meeting: visibleWhere(reader) } } },
        select: { id: true, section: { select: { paper: { select: { id: true, meetingId: true } } } } },
      });
      for (const row of rows) {
        const { id: paperId, meetingId } = row.section.paper;
        found.set(row.id, familyPath(familyId, `meetings/${meetingId}/papers/${paperId}`));
      }
      break;
    }
    case "question": {
      // A thread is the asker's and the one asked's, nobody else's.
      if (!allows(reader, "questions", "view")) break;
      const rows = await db.question.findMany({
        where: { id: inIds, familyId, OR: [{ askerId: reader.person.id }, { askedId: reader.person.id }] },
        select: { id: true },
      });
      for (const row of rows) found.set(row.id, familyPath(familyId, `questions/${row.id}`));
      break;
    }
    case "report": {
      if (!allows(reader, "rules", "view")) break;
      const rows = await db.ruleReport.findMany({
        where: { id: inIds, ...reportWhere(reader) },
        select: { id: true },
      });
      for (const row of rows) found.set(row.id, familyPath(familyId, `rules/reports/${row.id}`));
      break;
    }
  }
  return found;
}

/**
 * Whom an event concerns, of those who may see the thing: the one who asked for a correction,
 * the one who marked a paper's section, those who may read what was decided, the side whose yes
 * an offer waits for; everyone who may see it for the rest.
 */
async function concerns(event: NoticeEvent, subjectId: string, reader: NoticeReader): Promise<boolean> {
  if (event === "correction.answered") {
    const row = await db.correctionRequest.findFirst({
      where: { id: subjectId, familyId: reader.familyId },
      select: { personId: true },
    });
    return row?.personId === reader.person.id;
  }
  if (event === "meeting.decided") return allows(reader, "meetings", "viewOutcome");
  if (event === "mark.answered") {
    const row = await db.paperSectionMark.findUnique({
      where: { id: subjectId },
      select: { personId: true },
    });
    return row?.personId === reader.person.id;
  }
  if (event === "commitment.offered") {
    if (!acceptanceSide(reader)) return false;
    const row = await db.commitment.findFirst({
      where: { id: subjectId, familyId: reader.familyId },
      select: { status: true, familyAcceptedById: true, practitionerAcceptedById: true },
    });
    return row !== null && waitsForYesFrom(reader, row);
  }
  return true;
}

let wake: (() => void) | undefined;

/** The digest timer registers here, so a new notice is looked at soon instead of at the next tick. */
export function setNoticeWake(callback: (() => void) | undefined) {
  wake = callback;
}

/**
 * Tells each active member who may see the thing (and whom it concerns), except the one who
 * did it. Returns the people told. Called once by each event's module, after its change is saved.
 */
export async function notify({
  familyId,
  event,
  subjectId,
  actorId,
}: {
  familyId: string;
  event: NoticeEvent;
  subjectId: string;
  actorId: string;
}): Promise<string[]> {
  const members = await db.membership.findMany({
    where: { familyId, status: "ACTIVE", personId: { not: actorId } },
    select: memberSelect,
  });
  const { subject } = noticeEvents[event];
  const told: string[] = [];
  for (const member of members) {
    const reader = readerOf(member);
    if (!(await visibleSubjects(reader, subject, [subjectId])).has(subjectId)) continue;
    if (!(await concerns(event, subjectId, reader))) continue;
    told.push(member.personId);
  }
  const people = [...new Set(told)];
  if (people.length === 0) return people;
  await db.notice.createMany({
    data: people.map((personId) => ({ personId, familyId, kind: kindOf(event), event, subjectId })),
  });
  wake?.();
  return people;
}

type NoticeRow = { id: string; event: string; subjectId: string };

/** Of these notices of one reader in one family, the ones still to be seen, with their paths. */
export async function stillVisible<N extends NoticeRow>(
  reader: NoticeReader,
  notices: N[],
): Promise<(N & { href: string })[]> {
  const bySubject = new Map<NoticeSubject, string[]>();
  for (const notice of notices) {
    if (!isNoticeEvent(notice.event)) continue;
    const { subject } = noticeEvents[notice.event];
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), notice.subjectId]);
  }
  const paths = new Map<string, string>();
  for (const [subject, ids] of bySubject) {
    for (const [id, href] of await visibleSubjects(reader, subject, ids)) paths.set(`${subject}:${id}`, href);
  }
  return notices.flatMap((notice) => {
    if (!isNoticeEvent(notice.event)) return [];
    const href = paths.get(`${noticeEvents[notice.event].subject}:${notice.subjectId}`);
    return href ? [{ ...notice, href }] : [];
  });
}

/**
 * What's new for this member in this family, newest first: only what they may still see now
 * (a part hidden since, a meeting they are no longer invited to, drops out).
 */
export async function listNotices({ access, take = 50 }: { access: FamilyAccess; take?: number }) {
  const rows = await db.notice.findMany({
    where: { personId: access.person.id, familyId: access.familyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, event: true, subjectId: true, createdAt: true, readAt: true },
  });
  const visible = await stillVisible(access, rows);
  return visible.map(({ subjectId: _subjectId, ...notice }) => notice);
}

/**
 * Opens one of this member's notices: marks it read and gives the path of its thing. Null for
 * a notice that is not theirs, or whose thing they may no longer see (the page answers 404).
 */
export async function openNotice({
  access,
  noticeId,
  now = new Date(),
}: {
  access: FamilyAccess;
  noticeId: string;
  now?: Date;
}): Promise<string | null> {
  const notice = await db.notice.findFirst({
    where: { id: noticeId, personId: access.person.id, familyId: access.familyId },
    select: { id: true, event: true, subjectId: true },
  });
  if (!notice) return null;
  const [visible] = await stillVisible(access, [notice]);
  if (!visible) return null;
  await db.notice.updateMany({ where: { id: notice.id, readAt: null }, data: { readAt: now } });
  return visible.href;
}
