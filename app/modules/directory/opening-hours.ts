// When a service is open, in UK time (the directory accepts Europe/London hours only), with
// bank holidays. Pure functions of `now`, so tests pass a fixed instant and the help block on
// every page costs no database read.
import {
  addDays,
  clockOf,
  isBankHoliday,
  minutesOf,
  ukParts,
  weekdayOf,
  type IsoDate,
} from "~/utils/uk-time";

/** Open Referral's `byday` codes, Monday first (index = ISO weekday - 1). */
export const weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];
export const weekdayNames = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type WeekdayName = (typeof weekdayNames)[number];

const MINUTES_PER_DAY = 24 * 60;

/** One weekly opening: "HH:MM" local times; `closes` may be "24:00" (open until midnight). */
export type OpeningPeriod = { day: WeekdayCode; opens: string; closes: string };
export type OpeningHours = { periods: readonly OpeningPeriod[]; closedOnBankHolidays: boolean };

export type NextOpening = { isoDate: string; day: WeekdayName; opens: string; daysAhead: number };
export type OpeningStatus =
  | { state: "open"; closes: string; closesDaysAhead: number; closesDay: WeekdayName }
  | { state: "open-all-day" }
  | { state: "closed"; next: NextOpening | null };

export function isTime(value: string): boolean {
  return minutesOf(value) !== null;
}

// Only for times already checked with isTime (the service schema checks every stored one).
const toMinutes = (time: string) => minutesOf(time)!;

const weekdayCodeOf = (isoDate: IsoDate) => weekdayCodes[weekdayOf(isoDate) - 1];
const weekdayNameOf = (isoDate: IsoDate) => weekdayNames[weekdayOf(isoDate) - 1];

function periodsOn(hours: OpeningHours, isoDate: string, holiday: (isoDate: string) => boolean) {
  if (hours.closedOnBankHolidays && holiday(isoDate)) return [];
  const code = weekdayCodeOf(isoDate);
  return hours.periods
    .filter((period) => period.day === code)
    .map((period) => ({ opens: toMinutes(period.opens), closes: toMinutes(period.closes) }))
    .sort((a, b) => a.opens - b.opens);
}

/**
 * Open now (and when it closes), or closed (and when it next opens, within three weeks).
 * A period that runs to midnight and meets the next day's 00:00 opening counts as one stretch.
 */
export function openingStatus(
  hours: OpeningHours,
  now: Date,
  holiday: (isoDate: string) => boolean = isBankHoliday,
): OpeningStatus {
  const uk = ukParts(now);
  const local = { isoDate: uk.date, minutes: toMinutes(uk.time) };
  const current = periodsOn(hours, local.isoDate, holiday).find(
    (p) => p.opens <= local.minutes && local.minutes < p.closes,
  );
  if (current) {
    let closes = current.closes;
    let daysAhead = 0;
    while (closes === MINUTES_PER_DAY) {
      if (daysAhead >= 7) return { state: "open-all-day" };
      const following = periodsOn(hours, addDays(local.isoDate, daysAhead + 1), holiday).find(
        (p) => p.opens === 0,
      );
      if (!following) break;
      daysAhead += 1;
      closes = following.closes;
    }
    const closesDate = addDays(local.isoDate, daysAhead + (closes === MINUTES_PER_DAY ? 1 : 0));
    return {
      state: "open",
      closes: clockOf(closes % MINUTES_PER_DAY),
      closesDaysAhead: daysAhead + (closes === MINUTES_PER_DAY ? 1 : 0),
      closesDay: weekdayNameOf(closesDate),
    };
  }
  for (let daysAhead = 0; daysAhead <= 21; daysAhead += 1) {
    const isoDate = addDays(local.isoDate, daysAhead);
    const next = periodsOn(hours, isoDate, holiday).find((p) => daysAhead > 0 || p.opens > local.minutes);
    if (next)
      return {
        state: "closed",
        next: { isoDate, day: weekdayNameOf(isoDate), opens: clockOf(next.opens), daysAhead },
      };
  }
  return { state: "closed", next: null };
}

export type HoursProblem = { index: number; problem: "badTime" | "endBeforeStart" | "overlap" };

/** Refuses times that are not HH:MM, periods that end before they start, and overlapping periods on one day. */
export function findHoursProblem(periods: readonly OpeningPeriod[]): HoursProblem | null {
  for (const [index, period] of periods.entries()) {
    if (!isTime(period.opens) || !isTime(period.closes) || period.opens === "24:00")
      return { index, problem: "badTime" };
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
