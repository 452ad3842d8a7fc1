import { describe, expect, it } from "vitest";

import { lastCheckedLabel } from "~/modules/directory/directory-view.server";
import {
  dateFormatter,
  dateTimeFormatter,
  formatDateTime,
  formatDay,
  formatTime,
  meetingFormatter,
} from "~/utils/dates.server";

// 9:30pm in London on 3 December 2026 (winter: UTC), and 9am on 1 July 2026 (summer: UTC+1).
const winterEvening = new Date("2026-12-03T21:30:00Z");
const summerMorning = new Date("2026-07-01T08:00:00Z");

describe("the one date style", () => {
  it("writes a day as 3 December 2026, and a moment as 3 December 2026 at 9:30pm, in UK time", () => {
    expect(formatDay(winterEvening, "en")).toBe("3 December 2026");
    expect(formatDateTime(winterEvening, "en")).toBe("3 December 2026 at 9:30pm");
    expect(formatDateTime(summerMorning, "en")).toBe("1 July 2026 at 9am");
    expect(formatDateTime(new Date("2026-12-03T12:05:00Z"), "en")).toBe("3 December 2026 at 12:05pm");
    expect(formatDateTime(new Date("2026-12-03T00:15:00Z"), "en")).toBe("3 December 2026 at 12:15am");
    // Just before midnight in London in summer is already the next day in UTC+1.
    expect(formatDay(new Date("2026-07-01T23:30:00Z"), "en")).toBe("2 July 2026");
  });

  it("writes Welsh dates and times the same way", () => {
    expect(formatDay(winterEvening, "cy")).toBe("3 Rhagfyr 2026");
    expect(formatDateTime(winterEvening, "cy")).toBe("3 Rhagfyr 2026 am 9:30yh");
    expect(formatDateTime(summerMorning, "cy")).toBe("1 Gorffennaf 2026 am 9yb");
  });

  it("reads a picked day and a picked time as written", () => {
    expect(formatDay("2026-12-03", "en")).toBe("3 December 2026");
    expect(formatDay("2026-03-29", "cy")).toBe("29 Mawrth 2026");
    expect(formatTime("21:30", "en")).toBe("9:30pm");
    expect(formatTime("09:00", "cy")).toBe("9yb");
  });

  it("is what the request formatters, the directory and the meetings pages use", async () => {
    const welsh = new Request("http://localhost/", { headers: { "Accept-Language": "cy" } });
    expect((await dateFormatter(welsh))(winterEvening)).toBe("3 Rhagfyr 2026");
    expect((await dateTimeFormatter(new Request("http://localhost/")))(winterEvening)).toBe(
      "3 December 2026 at 9:30pm",
    );
    expect(lastCheckedLabel("2026-11-25", "en")).toBe("25 November 2026");
    const meetings = meetingFormatter("en");
    expect(meetings.moment(winterEvening)).toBe("3 December 2026 at 9:30pm");
    expect(meetings.day(winterEvening)).toBe("Thursday 3 December 2026");
    expect(meetings.clock(winterEvening)).toBe("9:30pm");
    expect(meetings.starts(winterEvening)).toBe("Thursday 3 December 2026 at 9:30pm");
    expect(meetingFormatter("cy").starts(winterEvening)).toBe("Dydd Iau 3 Rhagfyr 2026 am 9:30yh");
  });
});
