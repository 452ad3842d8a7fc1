import { isLanguage, type Language } from "~/i18n";
import { i18next } from "~/utils/i18next.server";

// Dates are formatted on the server only: browsers and Node ship different Welsh calendar
// data, and a mismatch would break hydration. All times are UK times.
/** The language of this request's pages (cookie, then Accept-Language). */
export async function requestLanguage(request: Request): Promise<Language> {
  const detected = await i18next.getLocale(request);
  return isLanguage(detected) ? detected : "en";
}

export async function dateFormatter(request: Request, style: "long" | "medium" = "long") {
  const language = await requestLanguage(request);
  const format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", { dateStyle: style, timeZone: "Europe/London" });
  return (date: Date) => format.format(date);
}
