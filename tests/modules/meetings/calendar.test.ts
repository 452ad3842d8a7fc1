import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { bankHolidayYears, englandAndWalesBankHolidays } from "~/modules/meetings/bank-holidays";
import { fromLondon, londonOffsetMinutes, toLondon } from "~/modules/meetings/london-time";
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
import {
  addDays,
  addMonths,
  addWorkingDays,
  isBankHoliday,
  isWorkingDay,
  parseIsoDate,
  weekday,
  workingDaysBetween,
} from "~/modules/meetings/working-days";

// ---- An independent rule book for the bank holidays, to check the shipped data against ----
function easterSunday(year: number): string {
  // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
const firstMonday = (year: number, month: number) => {
  let day = `${year}-${String(month).padStart(2, "0")}-01`;
  while (weekday(day) !== 1) day = addDays(day, 1);
  return day;
};
const lastMonday = (year: number, month: number) => {
  let day = addDays(addMonths(`${year}-${String(month).padStart(2, "0")}-01`, 1), -1);
  while (weekday(day) !== 1) day = addDays(day, -1);
  return day;
};
function ruleBookHolidays(year: number): string[] {
  const newYear = `${year}-01-01`;
  const newYearOff = weekday(newYear) === 6 ? addDays(newYear, 2) : weekday(newYear) === 7 ? addDays(newYear, 1) : newYear;
  const easter = easterSunday(year);
  const christmas = `${year}-12-25`;
  // Christmas and Boxing Day on a weekend move to the next free weekdays.
  const taken = new Set<string>();
  const off: string[] = [];
  for (const day of [christmas, `${year}-12-26`]) {
    let candidate = day;
    while (weekday(candidate) >= 6 || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    off.push(candidate);
  }
  return [newYearOff, addDays(easter, -2), addDays(easter, 1), firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8), ...off].sort();
}

describe("bank holidays shipped as data", () => {
  it("cover this year and the next two at least", () => {
    const year = new Date().getUTCFullYear();
    for (const wanted of [year, year + 1, year + 2, 2026, 2027, 2028]) expect(bankHolidayYears).toContain(wanted);
  });

  it.each(bankHolidayYears)("%i matches the rules, substitute days included", (year) => {
    expect([...englandAndWalesBankHolidays[year]].sort()).toEqual(ruleBookHolidays(year));
  });

  it("has the substitute days gov.uk lists", () => {
    expect(isBankHoliday("2026-12-28")).toBe(true); // Boxing Day 2026 is a Saturday
    expect(isBankHoliday("2027-12-27")).toBe(true); // Christmas 2027 is a Saturday
    expect(isBankHoliday("2027-12-28")).toBe(true); // and Boxing Day a Sunday
    expect(isBankHoliday("2028-01-03")).toBe(true); // New Year's Day 2028 is a Saturday
    expect(isBankHoliday("2027-03-26")).toBe(true); // Good Friday 2027
    expect(isBankHoliday("2026-12-26")).toBe(false);
  });
});

describe("calendar dates", () => {
  it("refuses dates that do not exist", () => {
    for (const text of ["2026-02-29", "2027-02-31", "2026-13-01", "2026-00-10", "2026-4-1", "tomorrow", ""]) expect(parseIsoDate(text)).toBeNull();
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
  });

  it("adds months, keeping to the month's last day", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-12-15", 3)).toBe("2027-03-15");
  });
});

const dateIn2026To2027 = fc.integer({ min: 0, max: 364 * 2 - 40 }).map((offset) => addDays("2026-01-01", offset));

describe("working days (property tests)", () => {
  it("n working days on is a working day, n working days away, past weekends and holidays", () => {
    fc.assert(
      fc.property(dateIn2026To2027, fc.integer({ min: 1, max: 30 }), (start, count) => {
        const end = addWorkingDays(start, count);
        expect(isWorkingDay(end)).toBe(true);
        expect(end > start).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(count);
        // No working day is skipped: the day before the end is exactly one working day short.
        expect(workingDaysBetween(start, addDays(end, -1))).toBe(count - 1);
      }),
      { numRuns: 400 },
    );
  });

  it("going back n working days from a working day undoes going forward", () => {
    fc.assert(
      fc.property(dateIn2026To2027.filter(isWorkingDay), fc.integer({ min: 1, max: 30 }), (start, count) => {
        expect(addWorkingDays(addWorkingDays(start, count), -count)).toBe(start);
      }),
      { numRuns: 400 },
    );
  });

  it("never lands on a weekend or a bank holiday, across month and year ends", () => {
    fc.assert(
      fc.property(dateIn2026To2027, fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0), (start, count) => {
        const end = addWorkingDays(start, count);
        expect(weekday(end)).toBeLessThanOrEqual(5);
        expect(isBankHoliday(end)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

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
        expect(Number(review.slice(5, 7)) - Number(start.slice(5, 7)) + 12 * (Number(review.slice(0, 4)) - Number(start.slice(0, 4)))).toBe(3);
        const meeting = addWorkingDays(start, 10);
        for (const lead of [2, 3, 4, 5]) expect(workingDaysBetween(papersDue(meeting, lead), meeting)).toBe(lead);
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
    const inTime = dueMeetings({ ...known, booked: [{ kind: "CORE_GROUP", date: "2026-12-15" }, { kind: "REVIEW_CONFERENCE", date: "2027-02-20" }] });
    expect(inTime.map((row) => row.late)).toEqual([false, false]);
  });

  it("asks for the initial conference from the strategy discussion", () => {
    expect(dueMeetings({ strategyDiscussion: "2026-12-14", initialConference: null, booked: [], today: "2026-12-15" })).toEqual([
      { kind: "INITIAL_CONFERENCE", dueBy: "2027-01-07", bookedOn: null, late: true },
    ]);
  });

  it("after a review, the next is due within 6 months of it", () => {
    const known = { strategyDiscussion: null, initialConference: "2026-01-10", booked: [{ kind: "REVIEW_CONFERENCE", date: "2026-04-01" }, { kind: "CORE_GROUP", date: "2026-01-20" }], today: "2026-05-01" };
    expect(nextReviewDueBy(known)).toBe("2026-10-01");
    expect(nextReviewDueBy({ ...known, booked: [] })).toBe("2026-04-10");
  });
});

describe("Europe/London times", () => {
  it("winter is UTC and summer is an hour ahead", () => {
    expect(fromLondon("2026-01-15", "10:00")).toEqual({ ok: true, instant: new Date("2026-01-15T10:00:00Z") });
    expect(fromLondon("2026-07-15", "10:00")).toEqual({ ok: true, instant: new Date("2026-07-15T09:00:00Z") });
    expect(londonOffsetMinutes(new Date("2026-07-15T09:00:00Z"))).toBe(60);
    expect(londonOffsetMinutes(new Date("2026-01-15T09:00:00Z"))).toBe(0);
  });

  it("refuses a time in the spring gap, and takes the first of a time that happens twice", () => {
    expect(fromLondon("2026-03-29", "01:30")).toEqual({ ok: false, reason: "gap" });
    expect(fromLondon("2027-03-28", "01:00")).toEqual({ ok: false, reason: "gap" });
    expect(fromLondon("2026-03-29", "02:00")).toEqual({ ok: true, instant: new Date("2026-03-29T01:00:00Z") });
    expect(fromLondon("2026-03-29", "00:59")).toEqual({ ok: true, instant: new Date("2026-03-29T00:59:00Z") });
    expect(fromLondon("2026-10-25", "01:30")).toEqual({ ok: true, instant: new Date("2026-10-25T00:30:00Z") });
    expect(toLondon(new Date("2026-10-25T01:30:00Z"))).toEqual({ date: "2026-10-25", time: "01:30" });
    expect(fromLondon("2026-10-25", "02:00")).toEqual({ ok: true, instant: new Date("2026-10-25T02:00:00Z") });
  });

  it("every quarter hour of 2026 to 2028 reads back the same, but for the spring gaps (property)", () => {
    const gaps = new Set(["2026-03-29", "2027-03-28", "2028-03-26"]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 }), fc.integer({ min: 0, max: 95 }), (offset, quarter) => {
        const date = addDays("2026-01-01", offset);
        const time = `${String(Math.floor(quarter / 4)).padStart(2, "0")}:${String((quarter % 4) * 15).padStart(2, "0")}`;
        const result = fromLondon(date, time);
        if (gaps.has(date) && time >= "01:00" && time < "02:00") {
          expect(result.ok).toBe(false);
        } else {
          expect(result.ok).toBe(true);
          if (result.ok) expect(toLondon(result.instant)).toEqual({ date, time });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
