// The edit form of a directory entry, to and from an Open Referral UK service. The form is
// plain fields (one pair of times per day, and a second pair for a lunch break), so it works
// with JavaScript off; the service schema (oruk.ts) does all the checking.
import type { z } from "zod";

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

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

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
    audiences: audiencesOf(service).join("|"),
    categories: categoriesOf(service).join("|"),
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

export type ParsedServiceForm =
  { ok: true; service: Service; values: FormValues } | { ok: false; errors: FormErrors; values: FormValues };

/**
 * Reads the form into a service, keeping what the form does not show (ids, other areas) from
 * the saved one. Errors come back per form field as keys in the "directory" namespace.
 */
export function serviceFromForm(
  form: URLSearchParams,
  base: Service | null,
  today = ukParts(new Date()).date,
): ParsedServiceForm {
  const values: FormValues = {};
  for (const [key, value] of form)
    values[key] =
      key === "audiences" || key === "categories" ? [values[key], value].filter(Boolean).join("|") : value;
  const field = (name: string) => (values[name] ?? "").trim();

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
    (values[name] ?? "")
      .split("|")
      .filter((code): code is T => (allowed as readonly string[]).includes(code));

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
      values.closedOnBankHolidays === "on" || field("bankHolidayNote")
        ? [
            {
              id: base?.holiday_schedules[0]?.id ?? "bank-holidays",
              closed: values.closedOnBankHolidays === "on",
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
  const parsed = ServiceSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, service: parsed.data, values };
  const errors = formErrors(parsed.error, { phoneFields, scheduleFields });
  if (errors.welshName === "directory:errors.required") errors.welshName = "directory:errors.welshNameNeeded";
  return { ok: false, errors, values };
}

function formErrors(
  error: z.ZodError,
  {
    phoneFields,
    scheduleFields,
  }: { phoneFields: string[]; scheduleFields: { opens: string; closes: string }[] },
): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const [top, index, leaf] = issue.path.map(String);
    const name =
      top === "id"
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
                        : top;
    errors[name] ??= /^errors\.\w+$/.test(issue.message)
      ? `directory:${issue.message}`
      : "directory:errors.invalid";
  }
  return errors;
}
