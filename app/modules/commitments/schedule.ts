// Weekly schedules, UK time. Pure functions shared by the server pages and their tests: the
// day parts the coverage week speaks of, slot checks, scheduled times, missed check-ins, gaps.

export const weekDays = [1, 2, 3, 4, 5, 6, 7] as const; // Monday is 1, as in ISO 8601
export type WeekDay = (typeof weekDays)[number];
export type Slot = { day: WeekDay; start: string; end: string };

/**
 * The parts of a day the coverage week names. Each stays within one calendar day, so "Saturday
 * night" is never half on Sunday: the night is the early hours, midnight to 6am.
 */
export const dayParts = [
  { key: "night", start: 0, end: 6 * 60 },
  { key: "morning", start: 6 * 60, end: 12 * 60 },
  { key: "afternoon", start: 12 * 60, end: 17 * 60 },
  { key: "evening", start: 17 * 60, end: 24 * 60 },
] as const;
export type DayPart = (typeof dayParts)[number]["key"];

/** Someone is "around" for a part of the day when they are there for an hour of it or more. */
export const AROUND_MINUTES = 60;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:MM" to minutes after midnight, or null for an impossible time ("25:00", "9.30"). */
export function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  if (!match) return null;
  return time === "24:00" ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

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

// ---- UK calendar -----------------------------------------------------------------------

const ukFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  weekday: "short",
});
const WEEKDAY: Record<string, WeekDay> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The UK calendar day ("YYYY-MM-DD"), weekday and clock time ("HH:MM") of an instant. */
export function ukParts(instant: Date): { date: string; day: WeekDay; time: string } {
  const parts = Object.fromEntries(ukFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day: WEEKDAY[parts.weekday], time: `${parts.hour}:${parts.minute}` };
}

/** The instant of a UK clock time on a UK day, across the clock changes. */
export function ukInstant(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const minutes = minutesOf(time) ?? 0;
  const asIfUtc = Date.UTC(year, month - 1, day, 0, minutes);
  // The offset of UK time from UTC at that moment (0 or 60 minutes), found by formatting.
  const offset = (at: number) => {
    const parts = ukParts(new Date(at));
    const [y, m, d] = parts.date.split("-").map(Number);
    return Date.UTC(y, m - 1, d, 0, minutesOf(parts.time)!) - at;
  };
  const first = asIfUtc - offset(asIfUtc);
  return new Date(asIfUtc - offset(first));
}

/** A UK day plus some days, as "YYYY-MM-DD" (calendar arithmetic, no clocks involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): WeekDay {
  const [year, month, day] = date.split("-").map(Number);
  const sundayIsZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayIsZero === 0 ? 7 : sundayIsZero) as WeekDay;
}

/** The Monday of the UK week holding this instant. */
export function mondayOf(instant: Date): string {
  const { date, day } = ukParts(instant);
  return addDays(date, 1 - day);
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
      found.push({ key: occurrenceKey(date, slot.start), date, slot, startsAt: ukInstant(date, slot.start), endsAt: ukInstant(date, slot.end) });
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
    (occurrence) => occurrence.startsAt >= since && occurrence.endsAt <= now && !checkedIn.has(occurrence.key),
  );
}

/** Times a check-in may be logged for, while active: started, within the window, not logged yet. Newest first. */
export function checkInChoices(commitment: Scheduled & { status: string; activeSince: Date | null }, checkedIn: ReadonlySet<string>, now: Date): Occurrence[] {
  if (commitment.status !== "ACTIVE" || !commitment.activeSince) return [];
  const windowStart = new Date(now.getTime() - CHECK_IN_WINDOW_DAYS * 86_400_000);
  // From the first day of the promise, even before it was agreed: people often start helping first.
  return occurrencesBetween(commitment, ukParts(windowStart).date, ukParts(now).date)
    .filter((occurrence) => occurrence.startsAt >= windowStart && occurrence.startsAt <= now && !checkedIn.has(occurrence.key))
    .reverse();
}

// ---- The coverage week ------------------------------------------------------------------

/** Minutes of a slot inside a part of the day. */
function overlap(slot: Slot, part: (typeof dayParts)[number]) {
  return Math.max(0, Math.min(minutesOf(slot.end)!, part.end) - Math.max(minutesOf(slot.start)!, part.start));
}

export type CoverageInput = { id: string; who: string } & Scheduled;
export type CoverageDay = { date: string; day: WeekDay; parts: { part: DayPart; who: string[] }[]; slots: { who: string; slot: Slot }[] };

/** Who is around in each part of each day of the week starting on `monday`. */
export function coverageWeek(commitments: CoverageInput[], monday: string): CoverageDay[] {
  return weekDays.map((day, index) => {
    const date = addDays(monday, index);
    const today = commitments.flatMap((commitment) =>
      occurrencesBetween(commitment, date, date).map((occurrence) => ({ who: commitment.who, slot: occurrence.slot })),
    );
    return {
      date,
      day,
      slots: today.sort((a, b) => minutesOf(a.slot.start)! - minutesOf(b.slot.start)!),
      parts: dayParts.map((part) => ({
        part: part.key,
        who: [...new Set(today.filter(({ slot }) => overlap(slot, part) >= Math.min(AROUND_MINUTES, part.end - part.start)).map(({ who }) => who))],
      })),
    };
  });
}

/** The gaps, part by part: the days on which no one is around in that part. Parts with no gap are left out. */
export function coverageGaps(week: CoverageDay[]): { part: DayPart; days: WeekDay[] }[] {
  return dayParts
    .map((part) => ({
      part: part.key,
      days: week.filter((day) => day.parts.find((entry) => entry.part === part.key)!.who.length === 0).map((day) => day.day),
    }))
    .filter((gap) => gap.days.length > 0);
}
