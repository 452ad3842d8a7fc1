// "My copy": everything about a person that they may see, for the right of access. Each part is
// read through the same functions and checks as its page (allows, and the part's own read
// function, which applies who may see what), so the copy never holds what a page would refuse.
import { listFamilyActivity } from "~/modules/audit/audit.server";
import type { ActiveMembership, SignedInPerson } from "~/modules/auth/session.server";
import { commitmentHistory, listCommitments } from "~/modules/commitments/commitments.server";
import { familyPeople } from "~/modules/family/people.server";
import { listArrangements } from "~/modules/kinship/contact.server";
import { getDiaryEntry, listDiary } from "~/modules/kinship/diary.server";
import { getMeeting, visibleMeetingIds } from "~/modules/meetings/meetings.server";
import { contactsVisibleTo } from "~/modules/network/contacts.server";
import { listMembers } from "~/modules/network/network.server";
import { can } from "~/modules/permissions/can";
import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import { planItems } from "~/modules/plan/plan-items";
import { getLatestVersion, getVersion, readVersions } from "~/modules/plan/plan.server";
import { listCorrections, listViews } from "~/modules/plan/responses.server";
import { questionsAskedBy } from "~/modules/questions/questions.server";
import { getReport, listReports, reportedRuleText } from "~/modules/rules/reports.server";
import { listComments, listRules } from "~/modules/rules/rules.server";
import { listSharedResources } from "~/modules/sharing/sharing.server";
import { db } from "~/utils/db.server";

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

async function planPart(access: FamilyAccess, people: Awaited<ReturnType<typeof familyPeople>>) {
  if (!allows(access, "plan", "view")) return null;
  const version = await getLatestVersion({ access });
  if (!version) return { version: null, items: [], pastVersions: [], views: [], corrections: [] };
  const [views, corrections, { versions }] = await Promise.all([
    listViews({ access, people }),
    listCorrections({ familyId: access.familyId, people }),
    readVersions({ access }),
  ]);
  // Earlier published versions, each read through the same check as the plan page's version picker.
  const past = await Promise.all(
    versions
      .filter((row) => row.number < version.number)
      .map((row) => getVersion({ access, number: row.number })),
  );
  return {
    version: version.number,
    publishedAt: iso(version.publishedAt),
    items: planItems(version.content).map((item) => ({ id: item.id, kind: item.kind, text: item.text })),
    pastVersions: past
      .filter((old): old is NonNullable<typeof old> => old !== null)
      .map((old) => ({
        version: old.number,
        publishedAt: iso(old.publishedAt),
        items: planItems(old.content).map((item) => ({ kind: item.kind, text: item.text })),
      })),
    views: views.map((view) => ({
      itemId: view.itemId,
      by: view.name,
      mine: view.mine,
      stance: view.stance,
      words: view.words,
      shared: view.shared,
      at: iso(view.createdAt),
    })),
    corrections: corrections.map((correction) => ({
      itemId: correction.itemId,
      by: correction.name,
      whatIsWrong: correction.whatIsWrong,
      shouldSay: correction.shouldSay,
      status: correction.status,
      reason: correction.reason,
      at: iso(correction.createdAt),
    })),
  };
}

async function rulesPart(access: FamilyAccess, people: Awaited<ReturnType<typeof familyPeople>>) {
  if (!allows(access, "rules", "view")) return null;
  const [rules, reports] = await Promise.all([
    listRules({ familyId: access.familyId }),
    listReports({ access }),
  ]);
  return {
    rules: await Promise.all(
      rules.map(async (rule) => ({
        text: rule.current.text,
        version: rule.current.number,
        retired: Boolean(rule.retiredAt),
        proposedBy: people.nameOfPerson(rule.createdById),
        comments: (await listComments({ familyId: access.familyId, ruleId: rule.id })).map((comment) => ({
          by: people.nameOfPerson(comment.personId),
          text: comment.text,
          at: iso(comment.createdAt),
        })),
      })),
    ),
    // listReports and getReport hold the one rule of who reads a report.
    reports: await Promise.all(
      reports.map(async (listed) => {
        const report = await getReport({ access, reportId: listed.id });
        return {
          rule: await reportedRuleText(listed),
          kind: listed.kind,
          whatHappened: listed.whatHappened,
          happenedOn: listed.happenedOn,
          by: people.nameOfPerson(listed.reporterId),
          at: iso(listed.createdAt),
          followUps: (report?.followUps ?? []).map((followUp) => ({
            by: people.nameOfPerson(followUp.personId),
            text: followUp.text,
            at: iso(followUp.createdAt),
          })),
        };
      }),
    ),
  };
}

async function commitmentsPart(access: FamilyAccess, people: Awaited<ReturnType<typeof familyPeople>>) {
  if (!allows(access, "commitments", "view")) return null;
  const commitments = await listCommitments({ familyId: access.familyId });
  return Promise.all(
    commitments.map(async (commitment) => {
      // commitmentHistory shows only the check-ins this member may see (checkInSight).
      const { checkIns } = await commitmentHistory({ access, commitment });
      return {
        who: people.nameOfMember(commitment.membershipId),
        mine: commitment.membershipId === access.membershipId,
        kind: commitment.kind,
        words: commitment.words,
        status: commitment.status,
        startDate: commitment.startDate,
        endDate: commitment.endDate,
        checkIns: checkIns.map((checkIn) => ({
          occurrence: checkIn.occurrence,
          outcome: checkIn.outcome,
          note: checkIn.note,
          by: people.nameOfPerson(checkIn.personId),
        })),
      };
    }),
  );
}

async function meetingsPart(access: FamilyAccess, people: Awaited<ReturnType<typeof familyPeople>>) {
  if (!allows(access, "meetings", "view")) return null;
  const ids = await visibleMeetingIds({ access });
  const meetings = await Promise.all(ids.map((meetingId) => getMeeting({ access, meetingId })));
  return meetings.flatMap((meeting) =>
    meeting
      ? [
          {
            kind: meeting.kind,
            startsAt: iso(meeting.startsAt),
            endsAt: iso(meeting.endsAt),
            place: meeting.place,
            status: meeting.status,
            replies: [...meeting.latestReply].map(([personId, reply]) => ({
              by: people.nameOfPerson(personId),
              answer: reply.answer,
              at: iso(reply.at),
            })),
            notes: meeting.notes.map((note) => ({
              by: people.nameOfPerson(note.personId),
              words: note.words,
              shared: note.shared,
              at: iso(note.createdAt),
            })),
            papers: meeting.papers.map((paper) => ({ title: paper.title, dueOn: paper.dueOn })),
          },
        ]
      : [],
  );
}

async function networkPart(access: FamilyAccess) {
  if (!allows(access, "network", "view")) return null;
  const [members, contacts] = await Promise.all([
    listMembers({
      familyId: access.familyId,
      withContacts: can(access.role, "network", "viewPrivateContactDetails"),
    }),
    // Only what this member may see of each person's details (visibleContact).
    contactsVisibleTo({ familyId: access.familyId, viewer: access }),
  ]);
  return members.map((member) => ({
    name: member.name,
    role: member.role,
    relationship: member.relationship,
    you: member.id === access.membershipId,
    contact: contacts.get(member.id) ?? {},
  }));
}

async function contactPart(access: FamilyAccess) {
  if (!allows(access, "contact", "view")) return null;
  const arrangements = await listArrangements({ familyId: access.familyId });
  return arrangements.map((arrangement) => ({
    who: arrangement.who,
    when: arrangement.whenText,
    place: arrangement.place,
    supervised: arrangement.supervised,
    supervisor: arrangement.supervisor,
    ownSteps: arrangement.ownSteps,
    stopped: arrangement.stopped,
  }));
}

async function diaryPart(access: FamilyAccess) {
  if (!allows(access, "diary", "view")) return null;
  // listDiary and getDiaryEntry hold the one rule of who reads an entry (readableBy).
  const entries = await listDiary({ familyId: access.familyId, personId: access.person.id });
  const full = await Promise.all(
    entries.map((entry) =>
      getDiaryEntry({ familyId: access.familyId, personId: access.person.id, entryId: entry.id }),
    ),
  );
  return entries.map((entry, index) => ({
    day: entry.day,
    by: entry.authorName,
    mine: entry.mine,
    text: entry.text,
    earlier: (full[index]?.versions ?? [])
      .slice(1)
      .map((version) => ({ day: version.day, text: version.text })),
  }));
}

// The questions this person asked, with every reply: their own words and the answers to them.
async function questionsPart(access: FamilyAccess, people: Awaited<ReturnType<typeof familyPeople>>) {
  if (!allows(access, "questions", "ask")) return null;
  const threads = await questionsAskedBy({ familyId: access.familyId, personId: access.person.id, people });
  return threads.map((thread) => ({
    asked: thread.askedName,
    at: iso(thread.askedAt),
    messages: thread.messages.map((message) => ({
      by: message.byName,
      text: message.text,
      at: iso(message.at),
    })),
  }));
}

async function helpPart(access: FamilyAccess) {
  if (!allows(access, "help", "view")) return null;
  const items = await listSharedResources({
    familyId: access.familyId,
    personId: access.person.id,
    language: access.person.language,
  });
  return items.map((item) => ({ title: item.title, href: item.href, note: item.note, by: item.sharedBy }));
}

// The family's activity log, as its page shows it, to whom the guard lets read that page.
async function activityPart(access: FamilyAccess) {
  if (!allows(access, "activity", "view")) return null;
  const events = await listFamilyActivity({ familyId: access.familyId });
  return events.map((event) => ({
    at: iso(event.at),
    action: event.action,
    role: event.role,
    by: event.name,
  }));
}

async function familyCopy(access: FamilyAccess) {
  const people = await familyPeople({ familyId: access.familyId });
  const [plan, rules, commitments, meetings, network, contact, diary, questions, help, activity] =
    await Promise.all([
      planPart(access, people),
      rulesPart(access, people),
      commitmentsPart(access, people),
      meetingsPart(access, people),
      networkPart(access),
      contactPart(access),
      diaryPart(access),
      questionsPart(access, people),
      helpPart(access),
      activityPart(access),
    ]);
  return {
    name: access.familyName,
    organisation: access.organisationName,
    role: access.role,
    plan,
    rules,
    commitments,
    meetings,
    network,
    contact,
    diary,
    questions,
    help,
    activity,
  };
}

export type MyCopy = Awaited<ReturnType<typeof collectMyCopy>>;
export type FamilyCopy = MyCopy["families"][number];

/**
 * The copy of one person: who they are, and for each family they are an active member of,
 * what its pages would show them. The memberships are the guard's (the viewer read), so a
 * removed member or an ended practitioner gets nothing of that family.
 */
export async function collectMyCopy({
  person,
  memberships,
  now = new Date(),
}: {
  person: SignedInPerson;
  memberships: ActiveMembership[];
  now?: Date;
}) {
  const you = await db.person.findUniqueOrThrow({
    where: { id: person.id },
    select: { name: true, email: true, language: true, createdAt: true },
  });
  const families = [];
  // One family at a time: a person in many families should not take every connection at once.
  for (const membership of memberships) {
    families.push(
      await familyCopy({
        person,
        familyId: membership.familyId,
        membershipId: membership.id,
        role: membership.role,
        familyName: membership.familyName,
        organisationName: membership.organisationName,
        adviserView: membership.adviserView,
      }),
    );
  }
  return {
    madeAt: now.toISOString(),
    you: { name: you.name, email: you.email, language: you.language, since: iso(you.createdAt) },
    families,
  };
}
