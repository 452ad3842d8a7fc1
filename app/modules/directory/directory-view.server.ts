// Turns stored services into what pages show: only the fields a page needs, with the open-now
// status and dates already in the reader's language.
import type { Language } from "~/i18n";
import { formatDay } from "~/utils/dates.server";

import { serviceText, telHref, type Service } from "./oruk";
import { statusFor } from "./status.server";

/** "25 November 2026": the day an entry's details were last checked. */
export function lastCheckedLabel(isoDate: string, language: Language): string {
  return formatDay(isoDate, language);
}

export function phoneLinks(service: Service) {
  return service.phones.map((phone) => ({
    number: phone.number,
    href: telHref(phone),
    textRelay: phone.type === "text_relay",
  }));
}

export function serviceSummary(id: string, service: Service, now: Date, language: Language) {
  return {
    id,
    ...serviceText(service, language),
    organisation: service.organization.name,
    phones: phoneLinks(service),
    url: service.url,
    lastChecked: lastCheckedLabel(service.assured_date, language),
    status: statusFor(service, now, language),
  };
}
