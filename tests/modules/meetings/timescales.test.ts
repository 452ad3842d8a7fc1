import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  dueMeetings,
  firstCoreGroupDue,
  firstReviewDue,
  initialConferenceDue,
  laterReviewDue,
  leadWorkingDays,
  nextReviewDueBy,
  papersDue,
} from "~/modules/meetings/timescales";
import { addDays, addWorkingDays, workingDaysBetween } from "~/utils/uk-time";

const dateIn2026To2027 = fc
  .integer({ min: 0, max: 364 * 2 - 40 })
  .map((offset) => addDays("2026-01-01", offset));

describe("due dates", () => {
  it("initial conference: 15 working days after the strategy discussion, past Christmas", () => {
    // 15-18, 21-24 Dec, then 25 and 28 Dec and 1 Jan are holidays: 29-31 Dec, 4-7 Jan.
    expect(initialConferenceDue("2026-12-14")).toBe("2027-01-07");
    expect(initialConferenceDue("2026-03-27")).toBe("2026-04-21"); // Easter 2026: 3 and 6 April are holidays
  });

  it("first core group: 10 working days after the initial conference", () => {
    expect(firstCoreGroupDue("2026-05-20")).toBe("2026-06-04"); // 25 May is a holiday
    expect(firstCoreGroupDue("2027-03-22")).toBe("2027-04-07"); // Easter 2027: 26 and 29 March are holidays
  });

  it("first review 3 months after the initial conference, later ones within 6 months", () => {
    expect(firstReviewDue("2026-11-30")).toBe("2027-02-28");
    expect(laterReviewDue("2027-02-26")).toBe("2027-08-26");
  });

  it("papers: N working days before the meeting, and the setting kept between 2 and 5", () => {
    expect(papersDue("2026-12-29", 3)).toBe("2026-12-22");
    expect(papersDue("2026-04-07", 2)).toBe("2026-04-01");
    expect([0, 2, 3, 5, 9].map(leadWorkingDays)).toEqual([2, 2, 3, 5, 5]);
  });

  it("every due date, property: forward n working days from any date is never early", () => {
    fc.assert(
      fc.property(dateIn2026To2027, (start) => {
        expect(workingDaysBetween(start, initialConferenceDue(start))).toBe(15);
        expect(workingDaysBetween(start, firstCoreGroupDue(start))).toBe(10);
        expect(firstReviewDue(start) > start).toBe(true);
        const review = firstReviewDue(start);
        expect(
          Number(review.slice(5, 7)) -
            Number(start.slice(5, 7)) +
            12 * (Number(review.slice(0, 4)) - Number(start.slice(0, 4))),
        ).toBe(3);
        const meeting = addWorkingDays(start, 10);
        for (const lead of [2, 3, 4, 5])
          expect(workingDaysBetween(papersDue(meeting, lead), meeting)).toBe(lead);
      }),
      { numRuns: 300 },
    );
  });

  it("warns when a due meeting is not booked in time", () => {
    const known = { strategyDiscussion: null, initialConference: "2026-12-01", today: "2026-12-02" };
    const none = dueMeetings({ ...known, booked: [] });
    expect(none).toEqual([
      { kind: "CORE_GROUP", dueBy: "2026-12-15", bookedOn: null, late: true },
      { kind: "REVIEW_CONFERENCE", dueBy: "2027-03-01", bookedOn: null, late: true },
    ]);
    const tooLate = dueMeetings({ ...known, booked: [{ kind: "CORE_GROUP", date: "2026-12-16" }] });
    expect(tooLate[0]).toMatchObject({ kind: "CORE_GROUP", late: true });
    const inTime = dueMeetings({
      ...known,
      booked: [
        { kind: "CORE_GROUP", date: "2026-12-15" },
        { kind: "REVIEW_CONFERENCE", date: "2027-02-20" },
      ],
    });
    expect(inTime.map((row) => row.late)).toEqual([false, false]);
  });

  it("asks for the initial conference from the strategy discussion", () => {
    expect(
      dueMeetings({
        strategyDiscussion: "2026-12-14",
        initialConference: null,
        booked: [],
        today: "2026-12-15",
      }),
    ).toEqual([{ kind: "INITIAL_CONFERENCE", dueBy: "2027-01-07", bookedOn: null, late: true }]);
  });

  it("after a review, the next is due within 6 months of it", () => {
    const known = {
      strategyDiscussion: null,
      initialConference: "2026-01-10",
      booked: [
        { kind: "REVIEW_CONFERENCE", date: "2026-04-01" },
        { kind: "CORE_GROUP", date: "2026-01-20" },
      ],
      today: "2026-05-01",
    };
    expect(nextReviewDueBy(known)).toBe("2026-10-01");
    expect(nextReviewDueBy({ ...known, booked: [] })).toBe("2026-04-10");
  });
});
