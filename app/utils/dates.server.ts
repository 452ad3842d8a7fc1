import type { Language } from "~/i18n";
import { i18next } from "~/utils/i18next.server";

// Dates are formatted on the server only: browsers and Node ship different Welsh calendar
// data, and a mismatch would break hydration. All times are UK times.
/** The language of this request's pages (cookie, then Accept-Language). */
export function requestLanguage(request: Request): Promise<Language> {
  return i18next.getLocale(request);
}

// Building an Intl.DateTimeFormat costs far more than using one, so each is built once.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: Language, style: "long" | "medium") {
  const key = `${language}:${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", { dateStyle: style, timeZone: "Europe/London" });
    formats.set(key, format);
  }
  return format;
}

export async function dateFormatter(request: Request, style: "long" | "medium" = "long") {
  const format = formatFor(await requestLanguage(request), style);
  return (date: Date) => format.format(date);
}
