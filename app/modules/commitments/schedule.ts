// Weekly schedules, UK time. Pure functions shared by the server pages and their tests: the
// day parts the coverage week speaks of, slot checks, scheduled times, missed check-ins, gaps.
import { addDays, minutesOf, ukInstant, ukParts, weekdayOf, weekDays, type WeekDay } from "~/utils/uk-time";

export type Slot = { day: WeekDay; start: string; end: string };

/**
 * The parts of a day the coverage table is laid out in. Each stays within one calendar day, so
 * "Saturday night" is never half on Sunday: the night is the early hours, midnight to 6am. They
 * only arrange the table: who is there and the gaps are always said in real hours.
 */
export const dayParts = [
  { key: "night", start: 0, end: 6 * 60 },
  { key: "morning", start: 6 * 60, end: 12 * 60 },
  { key: "afternoon", start: 12 * 60, end: 17 * 60 },
  { key: "evening", start: 17 * 60, end: 24 * 60 },
] as const;
export type DayPart = (typeof dayParts)[number]["key"];

/** The days a time row of the form can stand for: one day, every weekday, or every day. */
export const weekdaysOnly: readonly WeekDay[] = [1, 2, 3, 4, 5];
export const repeatChoices = ["weekdays", "everyday"] as const;
export type RepeatChoice = (typeof repeatChoices)[number];
export const daysOfChoice = (choice: RepeatChoice): readonly WeekDay[] =>
  choice === "weekdays" ? weekdaysOnly : weekDays;

export type SlotProblem = "time" | "order" | "overlap";

/**
 * What is wrong with each slot, by index: an impossible time, an end not after its start (a
 * time past midnight is two slots, one on each day), or an overlap with an earlier slot the
 * same day (a duplicate is an overlap).
 */
export function slotProblems(slots: Slot[]): Map<number, SlotProblem> {
  const problems = new Map<number, SlotProblem>();
  slots.forEach((slot, index) => {
    const start = minutesOf(slot.start);
    const end = minutesOf(slot.end);
    if (start === null || end === null || start === 24 * 60) return void problems.set(index, "time");
    if (end <= start) return void problems.set(index, "order");
    const clash = slots.slice(0, index).some((other, otherIndex) => {
      if (problems.has(otherIndex) || other.day !== slot.day) return false;
      const otherStart = minutesOf(other.start)!;
      const otherEnd = minutesOf(other.end)!;
      return start < otherEnd && otherStart < end;
    });
    if (clash) problems.set(index, "overlap");
  });
  return problems;
}

export function sortSlots(slots: Slot[]): Slot[] {
  return [...slots].sort((a, b) => a.day - b.day || minutesOf(a.start)! - minutesOf(b.start)!);
}

// ---- Scheduled times and check-ins ------------------------------------------------------

export type Scheduled = {
  slots: Slot[];
  startDate: string;
  endDate: string | null;
};

export type Occurrence = { key: string; date: string; slot: Slot; startsAt: Date; endsAt: Date };

/** The key a check-in is stored under: the UK day and start time, "YYYY-MM-DDTHH:MM". */
export const occurrenceKey = (date: string, start: string) => `${date}T${start}`;

/** Every scheduled time on the UK days from `from` to `to` (inclusive), within the commitment's dates. */
export function occurrencesBetween(schedule: Scheduled, from: string, to: string): Occurrence[] {
  const found: Occurrence[] = [];
  const first = from > schedule.startDate ? from : schedule.startDate;
  const last = schedule.endDate && schedule.endDate < to ? schedule.endDate : to;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const day = weekdayOf(date);
    for (const slot of sortSlots(schedule.slots)) {
      if (slot.day !== day) continue;
      found.push({
        key: occurrenceKey(date, slot.start),
        date,
        slot,
        startsAt: ukInstant(date, slot.start),
        endsAt: ukInstant(date, slot.end),
      });
    }
  }
  return found;
}

/** How far back a check-in can be logged, and missed ones are shown. */
export const CHECK_IN_WINDOW_DAYS = 14;

/**
 * Times that have ended with no check-in: since the commitment last became active (accepted
 * or resumed), within the window, and before now. Paused and ended commitments have none.
 */
export function missedOccurrences(
  commitment: Scheduled & { status: string; activeSince: Date | null },
  checkedIn: ReadonlySet<string>,
  now: Date,
): Occurrence[] {
  if (commitment.status !== "ACTIVE" || !commitment.activeSince) return [];
  const windowStart = new Date(now.getTime() - CHECK_IN_WINDOW_DAYS * 86_400_000);
  const since = commitment.activeSince > windowStart ? commitment.activeSince : windowStart;
  return occurrencesBetween(commitment, ukParts(since).date, ukParts(now).date).filter(
    (occurrence) =>
      occurrence.startsAt >= since && occurrence.endsAt <= now && !checkedIn.has(occurrence.key),
  );
}

/** Times a check-in may be logged for, while active: started, within the window, not logged yet. Newest first. */
export function checkInChoices(
  commitment: Scheduled & { status: string; activeSince: Date | null },
  checkedIn: ReadonlySet<string>,
  now: Date,
): Occurrence[] {
  if (commitment.status !== "ACTIVE" || !commitment.activeSince) return [];
  const windowStart = new Date(now.getTime() - CHECK_IN_WINDOW_DAYS * 86_400_000);
  // From the first day of the promise, even before it was agreed: people often start helping first.
  return occurrencesBetween(commitment, ukParts(windowStart).date, ukParts(now).date)
    .filter(
      (occurrence) =>
        occurrence.startsAt >= windowStart && occurrence.startsAt <= now && !checkedIn.has(occurrence.key),
    )
    .reverse();
}

/**
 * A schedule as the rows a person would write it: the same hours on every day of the week, or
 * on every weekday, become one row; anything else stays one row per day.
 */
export function scheduleRows(slots: Slot[]): { days: WeekDay | RepeatChoice; start: string; end: string }[] {
  const byHours = new Map<string, WeekDay[]>();
  for (const slot of sortSlots(slots))
    byHours.set(`${slot.start}-${slot.end}`, [...(byHours.get(`${slot.start}-${slot.end}`) ?? []), slot.day]);
  const rows: { days: WeekDay | RepeatChoice; start: string; end: string; first: WeekDay }[] = [];
  for (const [hours, days] of byHours) {
    const [start, end] = hours.split("-");
    const unique = [...new Set(days)];
    const choice = repeatChoices.find((option) => sameDays(daysOfChoice(option), unique));
    if (choice) rows.push({ days: choice, start, end, first: unique[0] });
    else for (const day of unique) rows.push({ days: day, start, end, first: day });
  }
  return rows
    .sort((a, b) => a.first - b.first || minutesOf(a.start)! - minutesOf(b.start)!)
    .map(({ days, start, end }) => ({ days, start, end }));
}

const sameDays = (a: readonly WeekDay[], b: readonly WeekDay[]) =>
  a.length === b.length && a.every((day) => b.includes(day));

// ---- The coverage week ------------------------------------------------------------------

const DAY_MINUTES = 24 * 60;

/** A stretch of one day, in minutes after midnight (end not included). */
export type Span = { start: number; end: number };

/** The stretches of a day that no slot covers, in order, from midnight to midnight. */
export function uncoveredSpans(slots: Slot[]): Span[] {
  const covered = slots
    .map((slot) => ({ start: minutesOf(slot.start)!, end: minutesOf(slot.end)! }))
    .sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let reached = 0;
  for (const span of covered) {
    if (span.start > reached) gaps.push({ start: reached, end: span.start });
    reached = Math.max(reached, span.end);
  }
  if (reached < DAY_MINUTES) gaps.push({ start: reached, end: DAY_MINUTES });
  return gaps;
}

const clip = (span: Span, part: Span): Span | null => {
  const start = Math.max(span.start, part.start);
  const end = Math.min(span.end, part.end);
  return end > start ? { start, end } : null;
};

export type CoverageInput = { id: string; who: string } & Scheduled;
export type CoverageEntry = { who: string; start: string; end: string };
export type CoverageDay = {
  date: string;
  day: WeekDay;
  /** Who is there, with their own hours, in time order. */
  slots: { who: string; slot: Slot }[];
  /** The stretches of the day with no one there. */
  gaps: Span[];
  /** For the table: in each part of the day, who is there (and when) and the stretches with no one. */
  parts: { part: DayPart; who: CoverageEntry[]; gaps: Span[] }[];
};

/** Who is around when, and when no one is, on each day of the week starting on `monday`. */
export function coverageWeek(commitments: CoverageInput[], monday: string): CoverageDay[] {
  return weekDays.map((day, index) => {
    const date = addDays(monday, index);
    const today = commitments
      .flatMap((commitment) =>
        occurrencesBetween(commitment, date, date).map((occurrence) => ({
          who: commitment.who,
          slot: occurrence.slot,
        })),
      )
      .sort((a, b) => minutesOf(a.slot.start)! - minutesOf(b.slot.start)!);
    const gaps = uncoveredSpans(today.map(({ slot }) => slot));
    return {
      date,
      day,
      slots: today,
      gaps,
      parts: dayParts.map((part) => ({
        part: part.key,
        who: today
          .filter(
            ({ slot }) => clip({ start: minutesOf(slot.start)!, end: minutesOf(slot.end)! }, part) !== null,
          )
          .map(({ who, slot }) => ({ who, start: slot.start, end: slot.end })),
        gaps: gaps.map((gap) => clip(gap, part)).filter((gap): gap is Span => gap !== null),
      })),
    };
  });
}

export type WeekGap = Span & { days: WeekDay[] };

/**
 * The week's gaps in real hours: each stretch with no one there, said once for all the days it
 * falls on ("weekdays from 12 to 4pm"), in order of the first such day, then of the hour.
 */
export function coverageGaps(week: CoverageDay[]): WeekGap[] {
  const byHours = new Map<string, WeekGap>();
  for (const day of week) {
    for (const gap of day.gaps) {
      const key = `${gap.start}-${gap.end}`;
      const found = byHours.get(key);
      if (found) found.days.push(day.day);
      else byHours.set(key, { ...gap, days: [day.day] });
    }
  }
  return [...byHours.values()].sort((a, b) => a.days[0] - b.days[0] || a.start - b.start);
}

/** A time of day for words: midnight, midday, or an hour (and minutes) before or after noon. */
export function clockWords(minutes: number): { kind: "midnight" | "midday" | "am" | "pm"; time: string } {
  const inDay = minutes % DAY_MINUTES;
  if (inDay === 0) return { kind: "midnight", time: "" };
  if (inDay === 12 * 60) return { kind: "midday", time: "" };
  const hour = Math.floor(inDay / 60);
  const minute = inDay % 60;
  const shown = hour % 12 === 0 ? 12 : hour % 12;
  return {
    kind: hour < 12 ? "am" : "pm",
    time: minute === 0 ? String(shown) : `${shown}:${String(minute).padStart(2, "0")}`,
  };
}
