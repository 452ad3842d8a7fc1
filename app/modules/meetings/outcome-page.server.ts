// The pages of "what was decided", worked out here so the routes stay thin: the meeting page's
// section (read and answer), and the social worker's outcome page (record, with the answers).
import { redirect } from "@remix-run/node";

import type { FamilyPeople } from "~/modules/family/people.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { meetingFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { saveOnce } from "~/utils/submission.server";

import type { MeetingKind } from "./meeting-kinds";
import { OutcomeAnswerSchema, outcomeSchema } from "./outcome.schema.server";
import {
  answerOutcome,
  outcomeForMeeting,
  outcomeFormView,
  outcomeKinds,
  recordOutcome,
} from "./outcome.server";

type Format = ReturnType<typeof meetingFormatter>;

/**
 * "What was decided" on the meeting page: the outcome when there is one for this person, and
 * whether the social worker may record it (a conference, review or core group that has started).
 */
export async function outcomeSection({
  access,
  meeting,
  format,
  people,
  now = new Date(),
}: {
  access: FamilyAccess;
  meeting: { id: string; kind: MeetingKind; startsAt: Date; status: string; isInvited: boolean };
  format: Format;
  people: FamilyPeople;
  now?: Date;
}) {
  const canRecord =
    can(access, "meetings", "recordOutcome") &&
    meeting.status === "SCHEDULED" &&
    meeting.startsAt <= now &&
    (outcomeKinds as readonly string[]).includes(meeting.kind);
  const outcome = await outcomeForMeeting({ access, meetingId: meeting.id, isInvited: meeting.isInvited });
  if (!outcome) return canRecord ? { canRecord, outcome: null } : null;
  return { canRecord, outcome: outcomeView(outcome, format, people) };
}

function outcomeView(
  outcome: NonNullable<Awaited<ReturnType<typeof outcomeForMeeting>>>,
  format: Format,
  people: FamilyPeople,
) {
  const next = (row: { id: string; startsAt: Date } | null) =>
    row ? { id: row.id, when: format.starts(row.startsAt) } : null;
  return {
    decision: outcome.decision,
    category: outcome.category,
    disagreed: outcome.disagreed,
    planChanges: outcome.planChanges,
    by: people.nameOfPerson(outcome.recordedById),
    at: format.moment(outcome.createdAt),
    nextCoreGroup: next(outcome.nextCoreGroup),
    nextReview: next(outcome.nextReview),
    myAnswer: outcome.myAnswer
      ? {
          matches: outcome.myAnswer.matches,
          words: outcome.myAnswer.words,
          at: format.moment(outcome.myAnswer.at),
        }
      : null,
    canAnswer: outcome.canAnswer,
    isWorker: outcome.isWorker,
  };
}

export type OutcomeSectionView = NonNullable<Awaited<ReturnType<typeof outcomeSection>>>;

/** The meeting page's "does this match what you heard?" form. */
export async function saveOutcomeAnswer({
  request,
  access,
  meetingId,
  form,
  back,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  form: URLSearchParams;
  back: (done: string) => Response;
}) {
  const submission = parseSubmission(form, OutcomeAnswerSchema);
  if (submission.status !== "success") return refuse(submission);
  const { heard, words } = submission.value;
  const saved = await saveOnce(
    { personId: access.person.id, kind: `meeting.answerOutcome:${meetingId}`, form },
    () => answerOutcome({ request, access, meetingId, matches: heard === "same", words }),
  );
  if (!saved) throw notFound();
  return back("decided");
}

/** The social worker's outcome page: the form (filled with the newest version), its history and the answers. */
export async function outcomePageView({
  access,
  meetingId,
  format,
  people,
}: {
  access: FamilyAccess;
  meetingId: string;
  format: Format;
  people: FamilyPeople;
}) {
  const view = await outcomeFormView({ access, meetingId });
  if (!view) throw notFound();
  const { latest } = view;
  // The newest answer of each person counts; older ones are their history.
  const seen = new Set<string>();
  return {
    familyId: access.familyId,
    meeting: {
      id: view.meeting.id,
      kind: view.meeting.kind,
      when: {
        date: format.day(view.meeting.startsAt),
        start: format.clock(view.meeting.startsAt),
        end: format.clock(view.meeting.endsAt),
      },
    },
    decides: view.decides,
    version: String(latest?.version ?? 0),
    values: {
      decision: latest?.decision ?? undefined,
      category: latest?.category ?? undefined,
      disagreed: latest?.disagreed ?? "",
      planChanges: latest?.planChanges ?? "",
      nextCoreGroup: view.proposed.coreGroup,
      nextReview: view.proposed.review ?? "",
    },
    proposed: {
      coreGroup: format.isoDay(view.proposed.coreGroup),
      review: view.proposed.review ? format.isoDay(view.proposed.review) : null,
    },
    asks: view.asks,
    booked: {
      coreGroup: view.booked.coreGroup
        ? { id: view.booked.coreGroup.id, when: format.starts(view.booked.coreGroup.startsAt) }
        : null,
      review: view.booked.review
        ? { id: view.booked.review.id, when: format.starts(view.booked.review.startsAt) }
        : null,
    },
    versions: view.versions.map((version) => ({
      version: version.version,
      by: people.nameOfPerson(version.recordedById),
      at: format.moment(version.createdAt),
    })),
    answers: view.answers.map((answer, index) => {
      const newest = !seen.has(answer.personId);
      seen.add(answer.personId);
      return {
        key: `${answer.personId}-${index}`,
        name: people.nameOfPerson(answer.personId),
        matches: answer.matches,
        words: answer.words,
        at: format.moment(answer.at),
        version: answer.version,
        newest,
      };
    }),
  };
}

export type OutcomePageView = Awaited<ReturnType<typeof outcomePageView>>;

/** Saves the outcome form: a new version, and the next meetings booked once. */
export async function saveOutcomeForm({
  request,
  access,
  meetingId,
  form,
  now = new Date(),
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  form: URLSearchParams;
  now?: Date;
}) {
  const view = await outcomeFormView({ access, meetingId, now });
  if (!view) throw notFound();
  const submission = parseSubmission(form, outcomeSchema({ decides: view.decides, asks: view.asks, now }));
  if (submission.status !== "success") return refuse(submission);
  const saved = await recordOutcome({ request, access, meetingId, value: submission.value, now });
  if (saved.ok) return redirect(`/families/${access.familyId}/meetings/${meetingId}?done=decided#decided`);
  if (saved.error === "not-found") throw notFound();
  if (saved.error === "conflict") return refuse(submission, { "": "meetings:errors.outcome.conflict" }, 409);
  const [field] = saved.error.split(".");
  return refuse(submission, { [field!]: `meetings:errors.outcome.${saved.error}` });
}
