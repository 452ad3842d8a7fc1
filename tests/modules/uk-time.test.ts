import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { bankHolidaysKnownUntil, englandAndWalesBankHolidays } from "~/modules/calendar/bank-holidays";
import {
  addDays,
  addMonths,
  addWorkingDays,
  bankHolidayYears,
  calendarCovers,
  calendarDaysBetween,
  exactUkInstant,
  isBankHoliday,
  isWorkingDay,
  minutesOf,
  mondayOf,
  OutsideCalendarError,
  parseIsoDate,
  ukInstant,
  ukOffsetMinutes,
  ukParts,
  weekdayOf,
  weekDays,
  workingDaysBetween,
} from "~/utils/uk-time";

// ---- An independent rule book for the bank holidays, to check the shipped data against ----
function easterSunday(year: number): string {
  // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
const firstMonday = (year: number, month: number) => {
  let day = `${year}-${String(month).padStart(2, "0")}-01`;
  while (weekdayOf(day) !== 1) day = addDays(day, 1);
  return day;
};
const lastMonday = (year: number, month: number) => {
  let day = addDays(addMonths(`${year}-${String(month).padStart(2, "0")}-01`, 1), -1);
  while (weekdayOf(day) !== 1) day = addDays(day, -1);
  return day;
};
function ruleBookHolidays(year: number): string[] {
  const newYear = `${year}-01-01`;
  const newYearOff =
    weekdayOf(newYear) === 6 ? addDays(newYear, 2) : weekdayOf(newYear) === 7 ? addDays(newYear, 1) : newYear;
  const easter = easterSunday(year);
  const christmas = `${year}-12-25`;
  // Christmas and Boxing Day on a weekend move to the next free weekdays.
  const taken = new Set<string>();
  const off: string[] = [];
  for (const day of [christmas, `${year}-12-26`]) {
    let candidate = day;
    while (weekdayOf(candidate) >= 6 || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    off.push(candidate);
  }
  return [
    newYearOff,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...off,
  ].sort();
}

describe("bank holidays shipped as data", () => {
  it("cover this year and the next two at least", () => {
    const year = new Date().getUTCFullYear();
    for (const wanted of [year, year + 1, year + 2, 2026, 2027, 2028])
      expect(bankHolidayYears).toContain(wanted);
  });

  it.each(bankHolidayYears)("%i matches the rules, substitute days included", (year) => {
    expect(englandAndWalesBankHolidays.filter((date) => date.startsWith(`${year}-`)).sort()).toEqual(
      ruleBookHolidays(year),
    );
  });

  it("has the substitute days gov.uk lists", () => {
    expect(isBankHoliday("2026-12-28")).toBe(true); // Boxing Day 2026 is a Saturday
    expect(isBankHoliday("2027-12-27")).toBe(true); // Christmas 2027 is a Saturday
    expect(isBankHoliday("2027-12-28")).toBe(true); // and Boxing Day a Sunday
    expect(isBankHoliday("2028-01-03")).toBe(true); // New Year's Day 2028 is a Saturday
    expect(isBankHoliday("2027-03-26")).toBe(true); // Good Friday 2027
    expect(isBankHoliday("2026-12-26")).toBe(false);
  });

  it("has eight a year for 2026 to 2028, every one a weekday", () => {
    for (const year of ["2026", "2027", "2028"]) {
      expect(englandAndWalesBankHolidays.filter((date) => date.startsWith(year))).toHaveLength(8);
    }
    for (const date of englandAndWalesBankHolidays) {
      expect(weekdayOf(date)).toBeLessThanOrEqual(5);
    }
  });

  it("still covers today: add the next year's dates before this fails", () => {
    expect(new Date().toISOString().slice(0, 10) <= bankHolidaysKnownUntil).toBe(true);
  });
});

describe("calendar dates", () => {
  it("refuses dates that do not exist", () => {
    for (const text of ["2026-02-29", "2027-02-31", "2026-13-01", "2026-00-10", "2026-4-1", "tomorrow", ""])
      expect(parseIsoDate(text)).toBeNull();
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
  });

  it("adds months, keeping to the month's last day", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-12-15", 3)).toBe("2027-03-15");
  });
});

const dateIn2026To2027 = fc
  .integer({ min: 0, max: 364 * 2 - 40 })
  .map((offset) => addDays("2026-01-01", offset));

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
      fc.property(
        dateIn2026To2027,
        fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0),
        (start, count) => {
          const end = addWorkingDays(start, count);
          expect(weekdayOf(end)).toBeLessThanOrEqual(5);
          expect(isBankHoliday(end)).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("UK clock times typed for a meeting", () => {
  it("winter is UTC and summer is an hour ahead", () => {
    expect(exactUkInstant("2026-01-15", "10:00")).toEqual({
      ok: true,
      instant: new Date("2026-01-15T10:00:00Z"),
    });
    expect(exactUkInstant("2026-07-15", "10:00")).toEqual({
      ok: true,
      instant: new Date("2026-07-15T09:00:00Z"),
    });
    expect(ukOffsetMinutes(new Date("2026-07-15T09:00:00Z"))).toBe(60);
    expect(ukOffsetMinutes(new Date("2026-01-15T09:00:00Z"))).toBe(0);
  });

  it("refuses a time in the spring gap, and takes the first of a time that happens twice", () => {
    expect(exactUkInstant("2026-03-29", "01:30")).toEqual({ ok: false, reason: "gap" });
    expect(exactUkInstant("2027-03-28", "01:00")).toEqual({ ok: false, reason: "gap" });
    expect(exactUkInstant("2026-03-29", "02:00")).toEqual({
      ok: true,
      instant: new Date("2026-03-29T01:00:00Z"),
    });
    expect(exactUkInstant("2026-03-29", "00:59")).toEqual({
      ok: true,
      instant: new Date("2026-03-29T00:59:00Z"),
    });
    expect(exactUkInstant("2026-10-25", "01:30")).toEqual({
      ok: true,
      instant: new Date("2026-10-25T00:30:00Z"),
    });
    expect(ukParts(new Date("2026-10-25T01:30:00Z"))).toEqual({ date: "2026-10-25", day: 7, time: "01:30" });
    expect(exactUkInstant("2026-10-25", "02:00")).toEqual({
      ok: true,
      instant: new Date("2026-10-25T02:00:00Z"),
    });
  });

  it("every quarter hour of 2026 to 2028 reads back the same, but for the spring gaps (property)", () => {
    const gaps = new Set(["2026-03-29", "2027-03-28", "2028-03-26"]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 95 }),
        (offset, quarter) => {
          const date = addDays("2026-01-01", offset);
          const time = `${String(Math.floor(quarter / 4)).padStart(2, "0")}:${String((quarter % 4) * 15).padStart(2, "0")}`;
          const result = exactUkInstant(date, time);
          if (gaps.has(date) && time >= "01:00" && time < "02:00") {
            expect(result.ok).toBe(false);
          } else {
            expect(result.ok).toBe(true);
            if (result.ok) expect(ukParts(result.instant)).toMatchObject({ date, time });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("UK clock times in a weekly schedule", () => {
  it("turns UK clock times into instants across the clock changes", () => {
    expect(ukInstant("2026-01-15", "18:00").toISOString()).toBe("2026-01-15T18:00:00.000Z");
    expect(ukInstant("2026-07-15", "18:00").toISOString()).toBe("2026-07-15T17:00:00.000Z");
    expect(ukParts(new Date("2026-07-15T23:30:00Z"))).toEqual({ date: "2026-07-16", day: 4, time: "00:30" });
  });

  it("counts days and weekdays", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(weekdayOf("2026-11-24")).toBe(2);
    expect(mondayOf(new Date("2026-11-29T12:00:00Z"))).toBe("2026-11-23");
  });
});

describe("weekday numbering", () => {
  it("numbers every weekday as ISO 8601 does, Monday 1 to Sunday 7, wherever it is asked", () => {
    // Monday 23 November 2026 to Sunday 29 November.
    expect([23, 24, 25, 26, 27, 28, 29].map((day) => weekdayOf(`2026-11-${day}`))).toEqual([...weekDays]);
    expect(ukParts(new Date("2026-11-29T12:00:00Z")).day).toBe(7);
    expect(mondayOf(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    // 23:30 UTC on Sunday 28 June is already Monday in the UK.
    expect(mondayOf(new Date("2026-06-28T23:30:00Z"))).toBe("2026-06-29");
  });

  it("gives the same weekday from a date and from an instant in that day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }), (at) => {
        const parts = ukParts(new Date(at));
        expect(parts.day).toBe(weekdayOf(parts.date));
        expect(weekdayOf(mondayOf(new Date(at)))).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe("clock changes", () => {
  it("counts calendar days, not hours, across them", () => {
    expect(calendarDaysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(calendarDaysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(calendarDaysBetween("2026-12-31", "2026-12-01")).toBe(-30);
  });

  it("a weekly schedule always gets an instant: a skipped time is an hour later, a repeated one the second", () => {
    expect(ukInstant("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(ukInstant("2026-10-25", "01:30").toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(ukInstant("2026-07-15", "24:00").toISOString()).toBe("2026-07-15T23:00:00.000Z");
    expect(ukInstant("2026-03-28", "24:00").toISOString()).toBe("2026-03-29T00:00:00.000Z");
  });

  it("the offset is an hour in summer time, none in winter, changing at 01:00 UTC", () => {
    expect(ukOffsetMinutes(new Date("2026-03-29T00:59:00Z"))).toBe(0);
    expect(ukOffsetMinutes(new Date("2026-03-29T01:00:00Z"))).toBe(60);
    expect(ukOffsetMinutes(new Date("2026-10-25T00:59:00Z"))).toBe(60);
    expect(ukOffsetMinutes(new Date("2026-10-25T01:00:00Z"))).toBe(0);
  });

  it("reads clock times, with 24:00 as the end of a day", () => {
    expect(minutesOf("00:00")).toBe(0);
    expect(minutesOf("24:00")).toBe(1440);
    expect(minutesOf("24:30")).toBeNull();
  });
});

describe("working days and the calendar's edges", () => {
  it("skips weekends and bank holidays", () => {
    expect(isWorkingDay("2026-12-24")).toBe(true);
    expect(isWorkingDay("2026-12-25")).toBe(false); // Christmas Day
    expect(isWorkingDay("2026-12-26")).toBe(false); // a Saturday
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-29");
    expect(workingDaysBetween("2026-12-24", "2026-12-29")).toBe(1);
  });

  it("refuses to count working days outside the years the bank holidays cover", () => {
    const [first] = bankHolidayYears;
    const last = bankHolidayYears[bankHolidayYears.length - 1];
    expect(calendarCovers(`${first}-01-01`)).toBe(true);
    expect(calendarCovers(`${last + 1}-01-01`)).toBe(false);
    expect(() => isWorkingDay(`${last + 1}-01-04`)).toThrow(OutsideCalendarError);
    expect(() => addWorkingDays(`${last}-12-29`, 5)).toThrow(OutsideCalendarError);
  });
});
