import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CommitmentFormSchema } from "~/modules/commitments/commitments.server";
import {
  checkInChoices,
  clockWords,
  coverageGaps,
  coverageWeek,
  dayParts,
  missedOccurrences,
  occurrencesBetween,
  scheduleRows,
  slotProblems,
  uncoveredSpans,
  type Slot,
} from "~/modules/commitments/schedule";
import { parseSubmission } from "~/utils/forms.server";
import { minutesOf, weekDays, type WeekDay } from "~/utils/uk-time";

import { fieldErrorsOf, typedValuesOf } from "../setup/matchers";

const slot = (day: number, start: string, end: string) => ({ day, start, end }) as Slot;

describe("day parts", () => {
  it("cover the whole day once, in order, each inside one calendar day", () => {
    expect(dayParts[0].start).toBe(0);
    expect(dayParts.at(-1)!.end).toBe(24 * 60);
    for (let index = 1; index < dayParts.length; index += 1)
      expect(dayParts[index].start).toBe(dayParts[index - 1].end);
    expect(dayParts.map((part) => part.key)).toEqual(["night", "morning", "afternoon", "evening"]);
  });
});

describe("slot checks", () => {
  it("reads real times and refuses impossible ones", () => {
    expect(minutesOf("18:30")).toBe(1110);
    expect(minutesOf("24:00")).toBe(1440);
    for (const bad of ["25:00", "18:60", "9.30", "", "24:01", "7:00"]) expect(minutesOf(bad)).toBeNull();
  });

  it("refuses an end not after its start, an overlap and a duplicate on the same day, and allows the same time on another day", () => {
    const problems = slotProblems([
      slot(2, "18:00", "20:00"),
      slot(2, "19:00", "21:00"),
      slot(2, "18:00", "20:00"),
      slot(4, "18:00", "20:00"),
      slot(5, "20:00", "18:00"),
      slot(6, "24:00", "24:00"),
      slot(3, "26:00", "27:00"),
    ]);
    expect([...problems.entries()]).toEqual([
      [1, "overlap"],
      [2, "overlap"],
      [4, "order"],
      [5, "time"],
      [6, "time"],
    ]);
    expect(slotProblems([slot(2, "18:00", "20:00"), slot(2, "20:00", "22:00")]).size).toBe(0);
  });
});

/** The offer form as the routes read it: what was saved, or each field's error and what was typed. */
function readOffer(form: URLSearchParams) {
  const submission = parseSubmission(form, CommitmentFormSchema);
  if (submission.status === "success") return { ok: true as const, data: submission.value };
  const reply = submission.reply();
  return { ok: false as const, errors: fieldErrorsOf(reply), values: typedValuesOf(reply) };
}

describe("the offer form", () => {
  const base = { kind: "VISITS", words: "", startDate: "2026-12-01", endDate: "" };

  it("keeps what was typed and names each problem: end before start, impossible times, overlaps", () => {
    const parsed = readOffer(
      new URLSearchParams({
        ...base,
        endDate: "2026-11-01",
        slot0Day: "2",
        slot0Start: "18:00",
        slot0End: "20:00",
        slot1Day: "2",
        slot1Start: "19:00",
        slot1End: "20:30",
        slot2Day: "4",
        slot2Start: "25:00",
        slot2End: "26:00",
        slot3Day: "5",
        slot3Start: "",
        slot3End: "20:00",
      }),
    );
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? null : parsed.errors).toEqual({
      endDate: "commitments:errors.endBeforeStart",
      slot1Day: "commitments:errors.slot_overlap",
      slot2Day: "commitments:errors.slot_time",
      slot3Day: "commitments:errors.slotIncomplete",
    });
    expect(parsed.ok ? null : parsed.values).toMatchObject({ slot2Start: "25:00", endDate: "2026-11-01" });
  });

  it("asks for at least one time, a kind, a real start date, and own words for 'other'", () => {
    const parsed = readOffer(new URLSearchParams({ kind: "OTHER", words: " ", startDate: "2026-02-30" }));
    expect(parsed.ok ? null : parsed.errors).toEqual({
      words: "commitments:errors.wordsRequired",
      slot0Day: "commitments:errors.slotNone",
      startDate: "commitments:errors.date",
    });
    const noKind = readOffer(
      new URLSearchParams({ ...base, kind: "PARTY", slot0Day: "1", slot0Start: "09:00", slot0End: "10:00" }),
    );
    expect(noKind.ok ? null : noKind.errors).toEqual({ kind: "commitments:errors.kind" });
  });

  it("accepts a good offer, sorted by day and time, ignoring empty rows and bidi controls", () => {
    const parsed = readOffer(
      new URLSearchParams({
        ...base,
        words: "I will \u202Evisit",
        slot0Day: "4",
        slot0Start: "18:00",
        slot0End: "20:00",
        slot2Day: "2",
        slot2Start: "18:00",
        slot2End: "20:00",
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      data: {
        kind: "VISITS",
        words: "I will visit",
        slots: [slot(2, "18:00", "20:00"), slot(4, "18:00", "20:00")],
        startDate: "2026-12-01",
        endDate: null,
      },
    });
  });
});

const tuesdayThursdayEvenings = {
  slots: [slot(2, "18:00", "20:00"), slot(4, "18:00", "20:00")],
  startDate: "2026-11-01",
  endDate: null,
};

describe("scheduled times and missed check-ins", () => {
  it("lists the times within the commitment's dates", () => {
    const found = occurrencesBetween(
      { ...tuesdayThursdayEvenings, endDate: "2026-11-26" },
      "2026-11-23",
      "2026-11-30",
    );
    expect(found.map((occurrence) => occurrence.key)).toEqual(["2026-11-24T18:00", "2026-11-26T18:00"]);
  });

  it("names times that ended with no check-in, since the commitment became active, and nothing for a paused one", () => {
    const now = new Date("2026-11-27T10:00:00Z"); // a Friday
    const active = {
      ...tuesdayThursdayEvenings,
      status: "ACTIVE",
      activeSince: new Date("2026-11-20T12:00:00Z"),
    };
    const missed = missedOccurrences(active, new Set(["2026-11-24T18:00"]), now);
    expect(missed.map((occurrence) => occurrence.key)).toEqual(["2026-11-26T18:00"]);
    expect(missedOccurrences({ ...active, status: "PAUSED" }, new Set(), now)).toEqual([]);
    // A time still going on is not missed yet; a check-in can already be logged for it.
    const during = new Date("2026-11-26T18:30:00Z");
    expect(missedOccurrences(active, new Set(["2026-11-24T18:00"]), during)).toEqual([]);
    // Check-ins may go back to the first day (people often start before it is agreed), two weeks at most.
    expect(checkInChoices(active, new Set(["2026-11-24T18:00"]), during).map((choice) => choice.key)).toEqual(
      ["2026-11-26T18:00", "2026-11-19T18:00", "2026-11-17T18:00"],
    );
  });

  it("looks back two weeks at most", () => {
    const now = new Date("2026-12-31T10:00:00Z");
    const active = {
      ...tuesdayThursdayEvenings,
      status: "ACTIVE",
      activeSince: new Date("2026-11-01T00:00:00Z"),
    };
    const missed = missedOccurrences(active, new Set(), now);
    expect(missed).toHaveLength(4);
    expect(missed[0].key).toBe("2026-12-17T18:00");
  });
});

const hm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

describe("the coverage week", () => {
  it("says who is around in each part of each day, with their hours", () => {
    const week = coverageWeek(
      [
        { id: "a", who: "Amy", ...tuesdayThursdayEvenings },
        {
          id: "b",
          who: "Priya",
          slots: [slot(6, "09:00", "17:00"), slot(2, "19:00", "19:30")],
          startDate: "2026-11-01",
          endDate: null,
        },
      ],
      "2026-11-23",
    );
    const tuesday = week[1];
    expect(tuesday.parts.find((part) => part.part === "evening")!.who).toEqual([
      { who: "Amy", start: "18:00", end: "20:00" },
      { who: "Priya", start: "19:00", end: "19:30" },
    ]);
    expect(week[5].parts.map((part) => part.who.map((entry) => entry.who))).toEqual([
      [],
      ["Priya"],
      ["Priya"],
      [],
    ]);
    expect(tuesday.gaps).toEqual([
      { start: 0, end: 18 * 60 },
      { start: 20 * 60, end: 24 * 60 },
    ]);
  });

  it("names a gap from real hours: one hour from 4pm does not cover a Friday afternoon", () => {
    const sibling = {
      id: "s",
      who: "Sam",
      slots: [slot(5, "16:00", "18:00")],
      startDate: "2026-11-01",
      endDate: null,
    };
    const mornings = {
      id: "m",
      who: "Nan",
      slots: [1, 2, 3, 4, 5].map((day) => slot(day, "08:00", "12:00")),
      startDate: "2026-11-01",
      endDate: null,
    };
    const evenings = {
      id: "e",
      who: "Dad",
      slots: [1, 2, 3, 4, 5].map((day) => slot(day, day === 5 ? "18:00" : "16:00", "23:00")),
      startDate: "2026-11-01",
      endDate: null,
    };
    const week = coverageWeek([sibling, mornings, evenings], "2026-11-23");
    const friday = week[4];
    expect(friday.parts.find((part) => part.part === "afternoon")!.gaps).toEqual([
      { start: 12 * 60, end: 16 * 60 },
    ]);
    const gaps = coverageGaps(week);
    // Noon to 4pm is empty on every weekday, Friday included: said once.
    expect(gaps).toContainEqual({ start: 12 * 60, end: 16 * 60, days: [1, 2, 3, 4, 5] });
    expect(gaps).toContainEqual({ start: 0, end: 8 * 60, days: [1, 2, 3, 4, 5] });
    expect(gaps).toContainEqual({ start: 0, end: 24 * 60, days: [6, 7] });
  });

  it("leaves out a commitment outside its dates", () => {
    const week = coverageWeek(
      [{ id: "a", who: "Amy", ...tuesdayThursdayEvenings, startDate: "2026-11-25" }],
      "2026-11-23",
    );
    expect(week[1].parts.find((part) => part.part === "evening")!.who).toEqual([]);
    expect(week[3].parts.find((part) => part.part === "evening")!.who.map((entry) => entry.who)).toEqual([
      "Amy",
    ]);
  });

  const slotArbitrary = fc
    .record({
      day: fc.constantFrom(...weekDays),
      start: fc.integer({ min: 0, max: 24 * 4 - 1 }),
      length: fc.integer({ min: 1, max: 24 * 4 }),
    })
    .map(({ day, start, length }) => slot(day, hm(start * 15), hm(Math.min(24 * 60, (start + length) * 15))));

  it("every minute of the week is either in a gap or with someone, never both (property)", () => {
    fc.assert(
      fc.property(fc.array(slotArbitrary, { maxLength: 12 }), (slots) => {
        const week = coverageWeek(
          [{ id: "a", who: "Amy", slots, startDate: "2026-11-01", endDate: null }],
          "2026-11-23",
        );
        const gaps = coverageGaps(week);
        for (const day of week) {
          for (let minute = 0; minute < 24 * 60; minute += 5) {
            const someone = slots.some(
              (one) => one.day === day.day && minutesOf(one.start)! <= minute && minute < minutesOf(one.end)!,
            );
            const inGap = gaps.some(
              (gap) => gap.days.includes(day.day) && gap.start <= minute && minute < gap.end,
            );
            expect(inGap).toBe(!someone);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("says each stretch once, with its days in order, and the stretches of one day never touch (property)", () => {
    fc.assert(
      fc.property(fc.array(slotArbitrary, { maxLength: 12 }), (slots) => {
        const week = coverageWeek(
          [{ id: "a", who: "Amy", slots, startDate: "2026-11-01", endDate: null }],
          "2026-11-23",
        );
        const gaps = coverageGaps(week);
        expect(new Set(gaps.map((gap) => `${gap.start}-${gap.end}`)).size).toBe(gaps.length);
        for (const gap of gaps) {
          expect(gap.end).toBeGreaterThan(gap.start);
          expect([...gap.days].sort()).toEqual(gap.days);
          expect(new Set(gap.days).size).toBe(gap.days.length);
        }
        for (const day of week) {
          const spans = uncoveredSpans(slots.filter((one) => one.day === day.day));
          for (let index = 1; index < spans.length; index += 1)
            expect(spans[index].start).toBeGreaterThan(spans[index - 1].end);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("schedules as rows", () => {
  it("the same hours every weekday or every day make one row; other days stay one row each", () => {
    const weekdays = [1, 2, 3, 4, 5].map((day) => slot(day, "09:00", "12:00"));
    expect(scheduleRows(weekdays)).toEqual([{ days: "weekdays", start: "09:00", end: "12:00" }]);
    const everyday = weekDays.map((day) => slot(day, "18:00", "19:00"));
    expect(scheduleRows([...everyday, slot(6, "09:00", "10:00")])).toEqual([
      { days: "everyday", start: "18:00", end: "19:00" },
      { days: 6, start: "09:00", end: "10:00" },
    ]);
    expect(scheduleRows([slot(2, "18:00", "20:00"), slot(4, "18:00", "20:00")])).toEqual([
      { days: 2, start: "18:00", end: "20:00" },
      { days: 4, start: "18:00", end: "20:00" },
    ]);
  });

  it("the offer form takes every weekday or every day with one time range, and all seven days", () => {
    const form = (rows: Record<string, string>) =>
      new URLSearchParams({ kind: "VISITS", words: "", startDate: "2026-11-02", endDate: "", ...rows });
    const weekdays = readOffer(form({ slot0Day: "weekdays", slot0Start: "15:00", slot0End: "17:00" }));
    expect(weekdays.ok && weekdays.data.slots.map((one) => one.day)).toEqual([1, 2, 3, 4, 5]);
    const everyday = readOffer(
      form({
        slot0Day: "everyday",
        slot0Start: "15:00",
        slot0End: "17:00",
        slot1Day: "6",
        slot1Start: "16:00",
        slot1End: "18:00",
      }),
    );
    // Saturday 4pm overlaps the every-day row: refused on the row that clashes, nothing saved.
    expect(everyday.ok ? null : everyday.errors).toEqual({ slot1Day: "commitments:errors.slot_overlap" });
    const seven = readOffer(
      form(
        Object.fromEntries(
          weekDays.flatMap((day: WeekDay, index) => [
            [`slot${index}Day`, String(day)],
            [`slot${index}Start`, "07:00"],
            [`slot${index}End`, "08:00"],
          ]),
        ),
      ),
    );
    expect(seven.ok && seven.data.slots).toHaveLength(7);
  });
});

describe("times in words", () => {
  it("midnight, midday, and hours before and after noon", () => {
    expect([0, 24 * 60, 12 * 60, 9 * 60, 16 * 60, 16 * 60 + 30, 30, 12 * 60 + 5].map(clockWords)).toEqual([
      { kind: "midnight", time: "" },
      { kind: "midnight", time: "" },
      { kind: "midday", time: "" },
      { kind: "am", time: "9" },
      { kind: "pm", time: "4" },
      { kind: "pm", time: "4:30" },
      { kind: "am", time: "12:30" },
      { kind: "pm", time: "12:05" },
    ]);
  });
});
