// UK (Europe/London) calendar dates, clock times, weekdays and working days. Every family,
// meeting and service here is in England and Wales, while the server may run in any time zone:
// instants go through Intl, and calendar dates are worked out on UTC midnights, where no clock
// change can shift a day. Weekdays are numbered as in ISO 8601: Monday is 1, Sunday is 7.
// Runs in the browser too (the commitment form), so nothing here may import server code.
import { englandAndWalesBankHolidays } from "~/modules/calendar/bank-holidays";

/** A calendar date, "YYYY-MM-DD", with no time zone. */
export type IsoDate = string;

export const weekDays = [1, 2, 3, 4, 5, 6, 7] as const;
export type WeekDay = (typeof weekDays)[number];

// ---- Calendar dates ---------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, or null when the text is not a real calendar date (31 February, 2026-13-01). */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return text;
}

const toUtc = (date: IsoDate) => {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};
const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** A date some days later (or earlier, for a negative count). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return fromUtc(value);
}

/** Calendar days from one date to another: 1 from today to tomorrow, whatever the clocks do. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Whole calendar months later; a day the month lacks becomes its last day (30 November + 3 = 28 or 29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** The weekday of a date: Monday is 1, Sunday is 7. */
export function weekdayOf(date: IsoDate): WeekDay {
  return (toUtc(date).getUTCDay() || 7) as WeekDay;
}

// ---- Clock times ------------------------------------------------------------------------

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:MM" to minutes after midnight, or null for an impossible time ("25:00", "9.30"). "24:00" is the end of the day. */
export function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  if (!match) return null;
  return time === "24:00" ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes after midnight as "HH:MM". */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// ---- Instants and UK wall-clock time ----------------------------------------------------

const ukFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
});
const WEEKDAY: Record<string, WeekDay> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export type UkParts = { date: IsoDate; day: WeekDay; time: string };

/** The UK calendar date, weekday and clock time ("HH:MM") of an instant. */
export function ukParts(instant: Date): UkParts {
  const parts = Object.fromEntries(ukFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: WEEKDAY[parts.weekday],
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** Minutes the UK is ahead of UTC at this instant: 0 in winter, 60 in summer. */
export function ukOffsetMinutes(instant: Date): number {
  const { date, time } = ukParts(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export type ExactUkInstant = { ok: true; instant: Date } | { ok: false; reason: "gap" };

/**
 * The instant of a UK date and time someone typed. A time that does not happen (01:30 on the
 * last Sunday of March, when clocks go forward) is refused. A time that happens twice (01:30 on
 * the last Sunday of October) is the first one, still in summer time.
 */
export function exactUkInstant(date: IsoDate, time: string): ExactUkInstant {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Try summer time first, then winter time: the first that reads back the same is right.
  for (const offset of [60, 0]) {
    const instant = new Date(wall - offset * 60_000);
    const back = ukParts(instant);
    if (back.date === date && back.time === time) return { ok: true, instant };
  }
  return { ok: false, reason: "gap" };
}

/**
 * The instant of a UK clock time on a UK day, for a weekly schedule that must always give one:
 * "24:00" is the next midnight, a time the clocks skip is an hour later, and a time that
 * happens twice is the second one, in winter time.
 */
export function ukInstant(date: IsoDate, time: string): Date {
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

/** The Monday of the UK week holding this instant. */
export function mondayOf(instant: Date): IsoDate {
  const { date, day } = ukParts(instant);
  return addDays(date, 1 - day);
}

// ---- Bank holidays and working days (England and Wales) ---------------------------------

const holidays = new Set(englandAndWalesBankHolidays);

/** The years the shipped bank holiday list covers, in order. */
export const bankHolidayYears: readonly number[] = [
  ...new Set(englandAndWalesBankHolidays.map((date) => Number(date.slice(0, 4)))),
].sort((a, b) => a - b);
const firstYear = bankHolidayYears[0];
const lastYear = bankHolidayYears[bankHolidayYears.length - 1];

export class OutsideCalendarError extends Error {
  constructor(date: IsoDate) {
    super(`No bank holiday data for ${date.slice(0, 4)}`);
    this.name = "OutsideCalendarError";
  }
}

/** Whether the shipped bank holidays cover this date's year. Working-day maths outside them would be a guess. */
export function calendarCovers(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= firstYear && year <= lastYear;
}

export function isBankHoliday(date: IsoDate): boolean {
  return holidays.has(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  if (!calendarCovers(date)) throw new OutsideCalendarError(date);
  return weekdayOf(date) <= 5 && !holidays.has(date);
}

/**
 * The working day `count` working days after `date` (or before it, for a negative count). The
 * start day is not counted, whether or not it is a working day: "15 working days after Friday"
 * starts counting on Monday.
 */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
  return count;
}
