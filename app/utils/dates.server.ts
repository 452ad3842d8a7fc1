import type { Language } from "~/i18n";
import { i18next } from "~/utils/i18next.server";

// Dates are formatted on the server only: browsers and Node ship different Welsh calendar
// data, and a mismatch would break hydration. All times are UK times.
export async function dateFormatter(request: Request, style: "long" | "medium" = "long") {
  const language = (await i18next.getLocale(request)) as Language;
  const format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", { dateStyle: style, timeZone: "Europe/London" });
  return (date: Date) => format.format(date);
}
