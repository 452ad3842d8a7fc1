import type { Language } from "~/i18n";

import { openingStatus } from "./opening-hours";
import type { StatusForDisplay } from "./opening-text";
import { openingHoursOf, type Service } from "./oruk";

const dayFormats = new Map<Language, Intl.DateTimeFormat>();

/** Open now or next opening for a service, with any far-off date already in words. */
export function statusFor(service: Service, now: Date, language: Language): StatusForDisplay {
  const status = openingStatus(openingHoursOf(service), now);
  if (status.state !== "closed" || !status.next || status.next.daysAhead < 7) return status;
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      timeZone: "UTC",
    });
    dayFormats.set(language, format);
  }
  return { ...status, nextDateLabel: format.format(new Date(`${status.next.isoDate}T12:00:00Z`)) };
}
