// The one place that turns UK wall-clock times into instants and back. All meetings are in
// Europe/London; the server may run in any time zone, so everything goes through Intl.
import { formatDateTime, formatDayWithWeekday, formatTime } from "~/utils/dates.server";

import type { IsoDate } from "./working-days";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export type LondonTime = { date: IsoDate; time: string };

/** The UK calendar date and "HH:MM" of an instant. */
export function toLondon(instant: Date): LondonTime {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${values.year}-${values.month}-${values.day}`, time: `${values.hour}:${values.minute}` };
}

/** Minutes the UK is ahead of UTC at this instant: 0 in winter, 60 in summer. */
export function londonOffsetMinutes(instant: Date): number {
  const { date, time } = toLondon(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export type LondonResult = { ok: true; instant: Date } | { ok: false; reason: "gap" };

/**
 * The instant of a UK date and time. A time that does not happen (01:30 on the last Sunday of
 * March, when clocks go forward) is refused. A time that happens twice (01:30 on the last
 * Sunday of October) is the first one, still in summer time.
 */
export function fromLondon(date: IsoDate, time: string): LondonResult {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Try summer time first, then winter time: the first that reads back the same is right.
  for (const offset of [60, 0]) {
    const instant = new Date(wall - offset * 60_000);
    const back = toLondon(instant);
    if (back.date === date && back.time === time) return { ok: true, instant };
  }
  return { ok: false, reason: "gap" };
}

/** Formats meeting times for a page, in the reader's language and always in UK time. */
export function meetingFormatter(language: "en" | "cy") {
  // The app's one date style (dates.server.ts), with the weekday in front for a meeting's day.
  const day = (instant: Date) => formatDayWithWeekday(instant, language);
  return {
    day,
    clock: (instant: Date) => formatTime(instant, language),
    /** When a meeting starts: "Thursday 3 December 2026 at 9:30pm". */
    starts: (instant: Date) => formatDateTime(instant, language, { weekday: true }),
    moment: (instant: Date) => formatDateTime(instant, language),
    isoDay: (date: string) => day(new Date(`${date}T12:00:00Z`)),
  };
}
