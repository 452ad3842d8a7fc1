// Calendar dates ("2026-12-01") and working days in England and Wales. A calendar date has no
// time zone: the maths runs on UTC midnights so no clock change can shift a day.
import { bankHolidayYears, englandAndWalesBankHolidays } from "./bank-holidays";

export type IsoDate = string;

const holidays = new Set(Object.values(englandAndWalesBankHolidays).flat());
const firstYear = bankHolidayYears[0];
const lastYear = bankHolidayYears[bankHolidayYears.length - 1];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, or null when the text is not a real calendar date (31 February, 2026-13-01). */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return text;
}

const toUtc = (date: IsoDate) => {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};
const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

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

/** Monday is 1, Sunday is 7. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay() || 7;
}

export class OutsideCalendarError extends Error {
  constructor(date: IsoDate) {
    super(`No bank holiday data for ${date.slice(0, 4)}`);
    this.name = "OutsideCalendarError";
  }
}

/** The years the shipped bank holidays cover. Working-day maths outside them would be a guess. */
export function calendarCovers(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= firstYear && year <= lastYear;
}

export function isBankHoliday(date: IsoDate): boolean {
  return holidays.has(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  if (!calendarCovers(date)) throw new OutsideCalendarError(date);
  return weekday(date) <= 5 && !holidays.has(date);
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
