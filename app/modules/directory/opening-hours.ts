// When a service is open, in its own time zone (Europe/London for every service we list), with
// bank holidays. Pure functions of `now`, so tests pass a fixed instant and the help block on
// every page costs no database read.
import { isBankHoliday } from "~/modules/calendar/bank-holidays";

/** Open Referral's `byday` codes, Monday first. */
export const weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];
export const weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export type WeekdayName = (typeof weekdayNames)[number];

export const DIRECTORY_TIME_ZONE = "Europe/London";
const MINUTES_PER_DAY = 24 * 60;

/** One weekly opening: "HH:MM" local times; `closes` may be "24:00" (open until midnight). */
export type OpeningPeriod = { day: WeekdayCode; opens: string; closes: string };
export type OpeningHours = { timeZone: string; periods: readonly OpeningPeriod[]; closedOnBankHolidays: boolean };

export type NextOpening = { isoDate: string; day: WeekdayName; opens: string; daysAhead: number };
export type OpeningStatus =
  | { state: "open"; closes: string; closesDaysAhead: number; closesDay: WeekdayName }
  | { state: "open-all-day" }
  | { state: "closed"; next: NextOpening | null };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time at `now` in a time zone (clock changes included). */
export function localTime(now: Date, timeZone: string): { isoDate: string; dayIndex: number; minutes: number } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(now).map((part) => [part.type, part.value]));
  const isoDate = `${parts.year}-${parts.month}-${parts.day}`;
  return { isoDate, dayIndex: dayIndexOf(isoDate), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Monday = 0 … Sunday = 6, for a calendar date. */
function dayIndexOf(isoDate: string): number {
  return (new Date(`${isoDate}T12:00:00Z`).getUTCDay() + 6) % 7;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function periodsOn(hours: OpeningHours, isoDate: string, holiday: (isoDate: string) => boolean) {
  if (hours.closedOnBankHolidays && holiday(isoDate)) return [];
  const code = weekdayCodes[dayIndexOf(isoDate)];
  return hours.periods
    .filter((period) => period.day === code)
    .map((period) => ({ opens: toMinutes(period.opens), closes: toMinutes(period.closes) }))
    .sort((a, b) => a.opens - b.opens);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Open now (and when it closes), or closed (and when it next opens, within three weeks).
 * A period that runs to midnight and meets the next day's 00:00 opening counts as one stretch.
 */
export function openingStatus(hours: OpeningHours, now: Date, holiday: (isoDate: string) => boolean = isBankHoliday): OpeningStatus {
  const local = localTime(now, hours.timeZone);
  const current = periodsOn(hours, local.isoDate, holiday).find((p) => p.opens <= local.minutes && local.minutes < p.closes);
  if (current) {
    let closes = current.closes;
    let daysAhead = 0;
    while (closes === MINUTES_PER_DAY) {
      if (daysAhead >= 7) return { state: "open-all-day" };
      const following = periodsOn(hours, addDays(local.isoDate, daysAhead + 1), holiday).find((p) => p.opens === 0);
      if (!following) break;
      daysAhead += 1;
      closes = following.closes;
    }
    const closesDate = addDays(local.isoDate, daysAhead + (closes === MINUTES_PER_DAY ? 1 : 0));
    return {
      state: "open",
      closes: clock(closes % MINUTES_PER_DAY),
      closesDaysAhead: daysAhead + (closes === MINUTES_PER_DAY ? 1 : 0),
      closesDay: weekdayNames[dayIndexOf(closesDate)],
    };
  }
  for (let daysAhead = 0; daysAhead <= 21; daysAhead += 1) {
    const isoDate = addDays(local.isoDate, daysAhead);
    const next = periodsOn(hours, isoDate, holiday).find((p) => daysAhead > 0 || p.opens > local.minutes);
    if (next) return { state: "closed", next: { isoDate, day: weekdayNames[dayIndexOf(isoDate)], opens: clock(next.opens), daysAhead } };
  }
  return { state: "closed", next: null };
}

export type HoursProblem = { index: number; problem: "badTime" | "endBeforeStart" | "overlap" };

/** Refuses times that are not HH:MM, periods that end before they start, and overlapping periods on one day. */
export function findHoursProblem(periods: readonly OpeningPeriod[]): HoursProblem | null {
  for (const [index, period] of periods.entries()) {
    if (!isTime(period.opens) || !isTime(period.closes) || period.opens === "24:00") return { index, problem: "badTime" };
    if (toMinutes(period.closes) <= toMinutes(period.opens)) return { index, problem: "endBeforeStart" };
  }
  for (const [index, period] of periods.entries()) {
    const clash = periods.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.day === period.day &&
        toMinutes(other.opens) < toMinutes(period.closes) &&
        toMinutes(period.opens) < toMinutes(other.closes),
    );
    if (clash !== -1) return { index, problem: "overlap" };
  }
  return null;
}
