// The edit form of a directory entry, to and from an Open Referral UK service. The form is
// plain fields (one pair of times per day, and a second pair for a lunch break), so it works
// with JavaScript off; the service schema (oruk.ts) does all the checking.
import { z } from "zod";

import { keyOfIssue, parseSubmission } from "~/utils/forms.server";
import { ukParts } from "~/utils/uk-time";

import {
  directoryAudiences,
  directoryCategories,
  type DirectoryAudience,
  type DirectoryCategory,
} from "./directory.constants";
import { termsFor } from "./national-services";
import { weekdayCodes } from "./opening-hours";
import { audiencesOf, categoriesOf, ServiceSchema, type Service } from "./oruk";

/** The form's fields: text boxes are strings, the groups of boxes (audiences, categories) lists. */
export type FormValues = Record<string, string | string[]>;

const slots = [1, 2] as const;
const timeField = (kind: "opens" | "closes", day: string, slot: number) =>
  `${kind}${slot === 1 ? "" : slot}-${day}`;

export function valuesFromService(service: Service): FormValues {
  const values: FormValues = {
    serviceId: service.id,
    name: service.name,
    description: service.description,
    welshName: service.translations?.find((item) => item.language === "cy")?.name ?? "",
    welshDescription: service.translations?.find((item) => item.language === "cy")?.description ?? "",
    provider: service.organization.name,
    phone: service.phones.find((phone) => phone.type === "voice")?.number ?? "",
    textRelay: service.phones.find((phone) => phone.type === "text_relay")?.number ?? "",
    url: service.url ?? "",
    email: service.email ?? "",
    closedOnBankHolidays: service.holiday_schedules.some((h) => h.closed) ? "on" : "",
    bankHolidayNote: service.holiday_schedules[0]?.description ?? "",
    languages: service.languages.map((language) => language.code).join(", "),
    audiences: audiencesOf(service),
    categories: categoriesOf(service),
    areaType: service.service_areas[0]?.extent_type ?? "local_authority",
    areaName: service.service_areas[0]?.name ?? "",
  };
  for (const day of weekdayCodes) {
    const periods = service.schedules
      .filter((s) => s.byday === day)
      .sort((a, b) => a.opens_at.localeCompare(b.opens_at));
    periods.slice(0, 2).forEach((period, index) => {
      values[timeField("opens", day, index + 1)] = period.opens_at;
      values[timeField("closes", day, index + 1)] = period.closes_at;
    });
  }
  return values;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "service";

/**
 * Reads the form into a service, keeping what the form does not show (ids, other areas) from
 * the saved one. A problem is named on the form field it came from, as a key in the "directory"
 * namespace; what was typed comes back with it (see parseSubmission).
 */
export function serviceFromForm(
  form: URLSearchParams,
  base: Service | null,
  today = ukParts(new Date()).date,
) {
  return parseSubmission(form, serviceFormSchema(base, today));
}

function serviceFormSchema(base: Service | null, today: string) {
  return z.record(z.string(), z.unknown()).transform((posted, ctx) => {
    const { candidate, phoneFields, scheduleFields } = candidateFrom(posted, base, today);
    const parsed = ServiceSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const name = fieldOf(issue.path.map(String), { phoneFields, scheduleFields });
      const key = keyOfIssue(issue.message, { namespace: "directory", fallback: "directory:errors.invalid" });
      ctx.addIssue({
        code: "custom",
        path: [name],
        // A Welsh description needs a Welsh name to go with it.
        message:
          name === "welshName" && key === "directory:errors.required"
            ? "directory:errors.welshNameNeeded"
            : key,
      });
    }
    return z.NEVER;
  });
}

function candidateFrom(posted: Record<string, unknown>, base: Service | null, today: string) {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const field = (name: string) => text(posted[name]).trim();
  const list = (name: string) => [posted[name] ?? []].flat().map(text);
  const phones: Service["phones"] = [];
  const phoneFields: string[] = [];
  if (field("phone")) {
    phones.push({
      id: base?.phones.find((p) => p.type === "voice")?.id ?? "phone-main",
      number: field("phone"),
      type: "voice",
    });
    phoneFields.push("phone");
  }
  if (field("textRelay")) {
    phones.push({
      id: base?.phones.find((p) => p.type === "text_relay")?.id ?? "phone-relay",
      number: field("textRelay"),
      type: "text_relay",
    });
    phoneFields.push("textRelay");
  }

  const schedules: Service["schedules"] = [];
  const scheduleFields: { opens: string; closes: string }[] = [];
  for (const day of weekdayCodes) {
    for (const slot of slots) {
      const opens = field(timeField("opens", day, slot));
      const closes = field(timeField("closes", day, slot));
      if (!opens && !closes) continue;
      schedules.push({
        id: `hours-${day.toLowerCase()}-${slot}`,
        freq: "WEEKLY",
        byday: day,
        opens_at: opens,
        closes_at: closes,
        timezone: "Europe/London",
      });
      scheduleFields.push({ opens: timeField("opens", day, slot), closes: timeField("closes", day, slot) });
    }
  }

  const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
  const languageCodes = [
    ...new Set(
      field("languages")
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  ];
  const pick = <T extends string>(name: string, allowed: readonly T[]) =>
    list(name).filter((code): code is T => (allowed as readonly string[]).includes(code));

  const candidate = {
    id: base?.id ?? field("serviceId"),
    name: field("name"),
    description: field("description"),
    ...(field("url") ? { url: field("url") } : {}),
    ...(field("email") ? { email: field("email") } : {}),
    status: "active",
    assured_date: today,
    organization: { id: base?.organization.id ?? slug(field("provider")), name: field("provider") },
    phones,
    languages: languageCodes.map((code) => ({
      id: `lang-${code}`,
      code,
      name: (/^[a-z]{2,3}$/.test(code) && languageNames.of(code)) || code,
    })),
    schedules,
    holiday_schedules:
      posted.closedOnBankHolidays === "on" || field("bankHolidayNote")
        ? [
            {
              id: base?.holiday_schedules[0]?.id ?? "bank-holidays",
              closed: posted.closedOnBankHolidays === "on",
              ...(field("bankHolidayNote") ? { description: field("bankHolidayNote") } : {}),
            },
          ]
        : [],
    service_areas: [
      { id: base?.service_areas[0]?.id ?? "area-1", name: field("areaName"), extent_type: field("areaType") },
      ...(base?.service_areas.slice(1) ?? []),
    ],
    attributes: termsFor(
      pick<DirectoryCategory>("categories", directoryCategories),
      pick<DirectoryAudience>("audiences", directoryAudiences),
    ),
    // Welsh words are optional; a Welsh description needs a Welsh name to go with it.
    ...(field("welshName") || field("welshDescription")
      ? {
          translations: [
            {
              language: "cy",
              name: field("welshName"),
              ...(field("welshDescription") ? { description: field("welshDescription") } : {}),
            },
          ],
        }
      : {}),
  };
  return { candidate, phoneFields, scheduleFields };
}

/** The form field a service's issue belongs to, from its path in the service. */
function fieldOf(
  [top, index, leaf]: string[],
  {
    phoneFields,
    scheduleFields,
  }: { phoneFields: string[]; scheduleFields: { opens: string; closes: string }[] },
): string {
  return top === "id"
    ? "serviceId"
    : top === "organization"
      ? "provider"
      : top === "phones"
        ? (phoneFields[Number(index)] ?? "phone")
        : top === "schedules"
          ? (scheduleFields[Number(index)]?.[leaf === "opens_at" ? "opens" : "closes"] ?? "hours")
          : top === "languages"
            ? "languages"
            : top === "service_areas"
              ? leaf === "extent_type"
                ? "areaType"
                : "areaName"
              : top === "holiday_schedules"
                ? "bankHolidayNote"
                : top === "attributes"
                  ? "categories"
                  : top === "translations"
                    ? leaf === "description"
                      ? "welshDescription"
                      : "welshName"
                    : (top ?? "");
}
