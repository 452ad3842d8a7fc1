import type { Language } from "~/i18n";
import { i18next, translatorFor } from "~/utils/i18next.server";

// The one way the app writes a date: "3 December 2026", and with a time "3 December 2026 at
// 9:30pm" (Welsh: "3 Rhagfyr 2026 am 9:30yh"), always in UK time. Dates are formatted on the
// server only: browsers and Node ship different Welsh calendar data, and a mismatch would
// break hydration.

/** The language of this request's pages (cookie, then Accept-Language). */
export function requestLanguage(request: Request): Promise<Language> {
  return i18next.getLocale(request);
}

// Building an Intl.DateTimeFormat costs far more than using one, so each is built once.
const dayFormats = new Map<Language, Intl.DateTimeFormat>();
const clock = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/London",
});

/**
 * A calendar day in words. A Date is read in UK time; a "YYYY-MM-DD" string is that day as
 * written (a day someone picked, with no time).
 */
export function formatDay(date: Date | string, language: Language): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/London",
    });
    dayFormats.set(language, format);
  }
  return format.format(typeof date === "string" ? new Date(`${date}T12:00:00Z`) : date);
}

/** A UK clock time in words: "9:30pm", "3pm" ("HH:mm" strings are read as written). */
export function formatTime(time: Date | string, language: Language): string {
  const [hours, minutes] = (typeof time === "string" ? time : clock.format(time)).split(":").map(Number);
  const t = translatorFor(language).getFixedT(language, "common");
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const spoken = minutes === 0 ? String(hour12) : `${hour12}:${String(minutes).padStart(2, "0")}`;
  return t(hours < 12 ? "dates.am" : "dates.pm", { time: spoken });
}

const weekdays = new Map<Language, Intl.DateTimeFormat>();

/** "Thursday 3 December 2026": a day with its weekday, for a meeting people must turn up to. */
export function formatDayWithWeekday(date: Date, language: Language): string {
  let format = weekdays.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", {
      weekday: "long",
      timeZone: "Europe/London",
    });
    weekdays.set(language, format);
  }
  return `${format.format(date)} ${formatDay(date, language)}`;
}

/** A moment in words: "3 December 2026 at 9:30pm" ("Thursday 3 December 2026 at 9:30pm" with the weekday). */
export function formatDateTime(date: Date, language: Language, { weekday = false } = {}): string {
  const day = weekday ? formatDayWithWeekday(date, language) : formatDay(date, language);
  return translatorFor(language).getFixedT(language, "common")("dates.dateTime", {
    date: day,
    time: formatTime(date, language),
  });
}

/** This request's day formatter: Dates and "YYYY-MM-DD" strings become "3 December 2026". */
export async function dateFormatter(request: Request) {
  const language = await requestLanguage(request);
  return (date: Date | string) => formatDay(date, language);
}

/** This request's date-and-time formatter: "3 December 2026 at 9:30pm". */
export async function dateTimeFormatter(request: Request) {
  const language = await requestLanguage(request);
  return (date: Date) => formatDateTime(date, language);
}

/** Formats meeting times for a page, in the reader's language and always in UK time. */
export function meetingFormatter(language: Language) {
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
