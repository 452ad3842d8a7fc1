import { afterEach, describe, expect, it, vi } from "vitest";

import { findHoursProblem, openingStatus, type OpeningHours } from "~/modules/directory/opening-hours";
import { ukParts } from "~/utils/uk-time";

// The Family Rights Group advice line: Monday to Friday, 9:30am to 3pm, not bank holidays.
const adviceLine: OpeningHours = {
  closedOnBankHolidays: true,
  periods: (["MO", "TU", "WE", "TH", "FR"] as const).map((day) => ({ day, opens: "09:30", closes: "15:00" })),
};
const allDay: OpeningHours = {
  closedOnBankHolidays: false,
  periods: (["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const).map((day) => ({
    day,
    opens: "00:00",
    closes: "24:00",
  })),
};

afterEach(() => {
  vi.useRealTimers();
});

describe("open now and next opening (Europe/London)", () => {
  it("is open on a weekday morning and says it closes at 3pm", () => {
    expect(openingStatus(adviceLine, new Date("2026-11-25T10:00:00Z"))).toEqual({
      state: "open",
      closes: "15:00",
      closesDaysAhead: 0,
      closesDay: "wednesday",
    });
  });

  it("opens at exactly 9:30 and closes at exactly 3pm", () => {
    expect(openingStatus(adviceLine, new Date("2026-11-25T09:29:00Z")).state).toBe("closed");
    expect(openingStatus(adviceLine, new Date("2026-11-25T09:30:00Z")).state).toBe("open");
    expect(openingStatus(adviceLine, new Date("2026-11-25T14:59:00Z")).state).toBe("open");
    expect(openingStatus(adviceLine, new Date("2026-11-25T15:00:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2026-11-26", day: "thursday", opens: "09:30", daysAhead: 1 },
    });
  });

  it("before opening on a weekday, opens today", () => {
    expect(openingStatus(adviceLine, new Date("2026-11-25T07:00:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2026-11-25", day: "wednesday", opens: "09:30", daysAhead: 0 },
    });
  });

  it("over a weekend, opens on Monday", () => {
    // Friday 27 November 2026 after 3pm, then Saturday and Sunday.
    for (const instant of ["2026-11-27T16:00:00Z", "2026-11-28T12:00:00Z", "2026-11-29T23:59:00Z"]) {
      expect(openingStatus(adviceLine, new Date(instant))).toEqual({
        state: "closed",
        next: { isoDate: "2026-11-30", day: "monday", opens: "09:30", daysAhead: expect.any(Number) },
      });
    }
  });

  it("skips bank holidays: Easter 2026 (Good Friday and Easter Monday)", () => {
    // Thursday 2 April after closing: Friday 3 is Good Friday, Monday 6 is Easter Monday.
    expect(openingStatus(adviceLine, new Date("2026-04-02T15:30:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2026-04-07", day: "tuesday", opens: "09:30", daysAhead: 5 },
    });
    // On the bank holiday itself, during normal hours, it is closed.
    expect(openingStatus(adviceLine, new Date("2026-04-06T10:00:00Z")).state).toBe("closed");
  });

  it("skips Christmas 2027, when both holidays move to Monday and Tuesday", () => {
    expect(openingStatus(adviceLine, new Date("2027-12-24T15:00:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2027-12-29", day: "wednesday", opens: "09:30", daysAhead: 5 },
    });
  });

  it("a service open on bank holidays stays open", () => {
    const open = { ...adviceLine, closedOnBankHolidays: false };
    expect(openingStatus(open, new Date("2026-04-06T10:00:00Z")).state).toBe("open");
  });

  it("uses British Summer Time after the clocks go forward (29 March 2026)", () => {
    // Monday 30 March 2026: 9:30 BST is 08:30 UTC, 3pm BST is 14:00 UTC.
    expect(openingStatus(adviceLine, new Date("2026-03-30T08:29:00Z")).state).toBe("closed");
    expect(openingStatus(adviceLine, new Date("2026-03-30T08:30:00Z")).state).toBe("open");
    expect(openingStatus(adviceLine, new Date("2026-03-30T13:59:00Z")).state).toBe("open");
    expect(openingStatus(adviceLine, new Date("2026-03-30T14:00:00Z")).state).toBe("closed");
    // Late on Saturday 28 March (GMT), the next opening is Monday, after the change.
    expect(openingStatus(adviceLine, new Date("2026-03-28T23:30:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2026-03-30", day: "monday", opens: "09:30", daysAhead: 2 },
    });
  });

  it("uses Greenwich Mean Time after the clocks go back (25 October 2026)", () => {
    // Monday 26 October 2026: 9:30 GMT is 09:30 UTC.
    expect(openingStatus(adviceLine, new Date("2026-10-26T09:29:00Z")).state).toBe("closed");
    expect(openingStatus(adviceLine, new Date("2026-10-26T09:30:00Z")).state).toBe("open");
    expect(openingStatus(adviceLine, new Date("2026-10-26T14:59:00Z")).state).toBe("open");
    // Friday 23 October (BST) at 2pm local is 13:00 UTC: open.
    expect(openingStatus(adviceLine, new Date("2026-10-23T13:00:00Z")).state).toBe("open");
    // Sunday 25 October at 00:30 UTC is 01:30 BST, then 01:30 UTC is 01:30 GMT: both are Sunday.
    expect(ukParts(new Date("2026-10-25T00:30:00Z"))).toEqual({ date: "2026-10-25", day: 7, time: "01:30" });
    expect(ukParts(new Date("2026-10-25T01:30:00Z"))).toEqual({ date: "2026-10-25", day: 7, time: "01:30" });
  });

  it("counts the local date, not the UTC date, near midnight in summer", () => {
    // 23:30 UTC on Sunday 28 June 2026 is 00:30 on Monday in London.
    expect(ukParts(new Date("2026-06-28T23:30:00Z"))).toEqual({ date: "2026-06-29", day: 1, time: "00:30" });
    expect(openingStatus(adviceLine, new Date("2026-06-28T23:30:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2026-06-29", day: "monday", opens: "09:30", daysAhead: 0 },
    });
  });

  it("works from the real clock too (fake timers)", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-25T11:00:00Z"));
    expect(openingStatus(adviceLine, new Date())).toEqual({
      state: "closed",
      next: { isoDate: "2026-12-29", day: "tuesday", opens: "09:30", daysAhead: 4 },
    });
  });

  it("a line open every hour of every day is open all day", () => {
    expect(openingStatus(allDay, new Date("2026-12-25T03:00:00Z"))).toEqual({ state: "open-all-day" });
  });

  it("a late line closes at midnight, joined to the next day's early hours", () => {
    const late: OpeningHours = {
      closedOnBankHolidays: false,
      periods: [
        { day: "FR", opens: "18:00", closes: "24:00" },
        { day: "SA", opens: "00:00", closes: "02:00" },
      ],
    };
    expect(openingStatus(late, new Date("2026-11-27T20:00:00Z"))).toEqual({
      state: "open",
      closes: "02:00",
      closesDaysAhead: 1,
      closesDay: "saturday",
    });
    expect(openingStatus(late, new Date("2026-11-28T02:00:00Z"))).toEqual({
      state: "closed",
      next: { isoDate: "2026-12-04", day: "friday", opens: "18:00", daysAhead: 6 },
    });
  });

  it("a service with no hours has no next opening", () => {
    expect(openingStatus({ ...adviceLine, periods: [] }, new Date("2026-11-25T10:00:00Z"))).toEqual({
      state: "closed",
      next: null,
    });
  });
});

describe("bad opening hours are refused", () => {
  it("refuses a period that ends before it starts, or is empty", () => {
    expect(findHoursProblem([{ day: "MO", opens: "15:00", closes: "09:30" }])).toEqual({
      index: 0,
      problem: "endBeforeStart",
    });
    expect(findHoursProblem([{ day: "MO", opens: "09:30", closes: "09:30" }])).toEqual({
      index: 0,
      problem: "endBeforeStart",
    });
  });

  it("refuses overlapping periods on one day, but not touching ones or other days", () => {
    expect(
      findHoursProblem([
        { day: "MO", opens: "09:00", closes: "12:00" },
        { day: "MO", opens: "11:00", closes: "14:00" },
      ]),
    ).toEqual({ index: 1, problem: "overlap" });
    expect(
      findHoursProblem([
        { day: "MO", opens: "09:00", closes: "12:00" },
        { day: "MO", opens: "12:00", closes: "14:00" },
        { day: "TU", opens: "10:00", closes: "11:00" },
      ]),
    ).toBeNull();
  });

  it("refuses times that are not HH:MM", () => {
    expect(findHoursProblem([{ day: "MO", opens: "9.30", closes: "15:00" }])).toEqual({
      index: 0,
      problem: "badTime",
    });
    expect(findHoursProblem([{ day: "MO", opens: "24:00", closes: "24:00" }])).toEqual({
      index: 0,
      problem: "badTime",
    });
    expect(findHoursProblem([{ day: "MO", opens: "25:00", closes: "26:00" }])).toEqual({
      index: 0,
      problem: "badTime",
    });
  });
});
