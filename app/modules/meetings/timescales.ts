// The dates the law sets for child protection meetings (Working Together 2023), computed
// from the dates entered, never remembered.
import { addMonths, addWorkingDays, type IsoDate } from "~/utils/uk-time";

export const TIMESCALES = {
  initialConferenceWorkingDays: 15,
  firstCoreGroupWorkingDays: 10,
  firstReviewMonths: 3,
  laterReviewMonths: 6,
  // Not set by law ("then regularly"); local procedures commonly say at least every six weeks.
  laterCoreGroupWorkingDays: 30,
} as const;

export function initialConferenceDue(strategyDiscussion: IsoDate): IsoDate {
  return addWorkingDays(strategyDiscussion, TIMESCALES.initialConferenceWorkingDays);
}

export function firstCoreGroupDue(initialConference: IsoDate): IsoDate {
  return addWorkingDays(initialConference, TIMESCALES.firstCoreGroupWorkingDays);
}

export function firstReviewDue(initialConference: IsoDate): IsoDate {
  return addMonths(initialConference, TIMESCALES.firstReviewMonths);
}

export function laterReviewDue(previousReview: IsoDate): IsoDate {
  return addMonths(previousReview, TIMESCALES.laterReviewMonths);
}

/** When the papers for a meeting should reach the family: N working days before it. */
export function papersDue(meetingDate: IsoDate, leadWorkingDays: number): IsoDate {
  return addWorkingDays(meetingDate, -leadWorkingDays);
}

/** Organisations set their lead time between 2 and 5 working days (local procedures). */
export function leadWorkingDays(setting: number): number {
  return Math.min(5, Math.max(2, Math.round(setting)));
}

export type DueKind = "INITIAL_CONFERENCE" | "CORE_GROUP" | "REVIEW_CONFERENCE";
export type DueMeeting = { kind: DueKind; dueBy: IsoDate; bookedOn: IsoDate | null; late: boolean };

type Known = {
  strategyDiscussion: IsoDate | null;
  /** From a booked initial conference, or the date written in the plan. */
  initialConference: IsoDate | null;
  /** Dates of meetings that are not cancelled, by kind. */
  booked: { kind: string; date: IsoDate }[];
  today: IsoDate;
};

/**
 * What is due next and whether a meeting is booked in time. A due meeting counts as booked
 * when one of its kind (not cancelled) falls on or before the due date and after the date it
 * follows. `late` is true when none is, so the practitioner is warned.
 */
export function dueMeetings({ strategyDiscussion, initialConference, booked, today }: Known): DueMeeting[] {
  const due: DueMeeting[] = [];
  const bookedBetween = (kind: string, after: IsoDate, dueBy: IsoDate) =>
    booked
      .filter((row) => row.kind === kind && row.date > after && row.date <= dueBy)
      .map((row) => row.date)
      .sort()[0] ?? null;

  if (!initialConference) {
    if (strategyDiscussion) {
      const dueBy = initialConferenceDue(strategyDiscussion);
      const bookedOn = bookedBetween("INITIAL_CONFERENCE", strategyDiscussion, dueBy);
      due.push({ kind: "INITIAL_CONFERENCE", dueBy, bookedOn, late: !bookedOn });
    }
    return due;
  }

  const coreDue = firstCoreGroupDue(initialConference);
  const coreBooked = booked.some((row) => row.kind === "CORE_GROUP" && row.date > initialConference);
  if (!coreBooked || coreDue >= today) {
    const bookedOn = bookedBetween("CORE_GROUP", initialConference, coreDue);
    due.push({ kind: "CORE_GROUP", dueBy: coreDue, bookedOn, late: !bookedOn });
  }

  // Reviews: the first within 3 months, then each within 6 months of the one before.
  const reviews = booked
    .filter((row) => row.kind === "REVIEW_CONFERENCE" && row.date > initialConference)
    .map((row) => row.date)
    .sort();
  let previous = initialConference;
  let dueBy = firstReviewDue(initialConference);
  for (const review of reviews) {
    // A review that has happened starts the next 6 months, even one held late.
    if (review >= today) break;
    previous = review;
    dueBy = laterReviewDue(review);
  }
  const bookedOn = bookedBetween("REVIEW_CONFERENCE", previous, dueBy);
  due.push({ kind: "REVIEW_CONFERENCE", dueBy, bookedOn, late: !bookedOn });
  return due;
}

/** "Next review due by", for the meetings page and the plan page. */
export function nextReviewDueBy(known: Known): IsoDate | null {
  return dueMeetings(known).find((row) => row.kind === "REVIEW_CONFERENCE")?.dueBy ?? null;
}

/**
 * What a meeting's outcome proposes for the next core group and review conference: after a
 * conference, the core group within 10 working days; after an initial conference the review
 * within 3 months, after a review within 6; after a core group, the next one in about six weeks
 * (and no review: the review was set by the conference). Never before the next working day.
 */
export function nextMeetingsAfter({ kind, held, today }: { kind: DueKind; held: IsoDate; today: IsoDate }): {
  coreGroup: IsoDate;
  review: IsoDate | null;
} {
  const earliest = addWorkingDays(today, 1);
  const notBefore = (date: IsoDate) => (date < earliest ? earliest : date);
  if (kind === "CORE_GROUP")
    return { coreGroup: notBefore(addWorkingDays(held, TIMESCALES.laterCoreGroupWorkingDays)), review: null };
  return {
    coreGroup: notBefore(firstCoreGroupDue(held)),
    review: notBefore(kind === "INITIAL_CONFERENCE" ? firstReviewDue(held) : laterReviewDue(held)),
  };
}
