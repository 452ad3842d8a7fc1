// One support service in Open Referral UK's JSON shape (ORUK 3.0, based on HSDS 3.0): the
// format we store, import and export, so a local authority can load its own directory and get
// it back unchanged. Our additions stay inside ORUK's extension points: categories and
// audiences are `attributes` with our own vocabularies, and "closed on bank holidays" is a
// `holiday_schedules` entry. Every message is a key in the "directory" namespace.
import { z } from "zod";

import { stripBidiControls } from "~/utils/bidi";
import { textRelayDigits, ukDialDigits } from "~/utils/phone";

import {
  AUDIENCE_VOCABULARY,
  CATEGORY_VOCABULARY,
  directoryAudiences,
  directoryCategories,
} from "./directory.constants";
import { findHoursProblem, isTime, weekdayCodes } from "./opening-hours";

export { telHref, textRelayDigits, ukDialDigits } from "~/utils/phone";

// Languages other than English that an entry may carry its own words in.
export const translatedLanguages = ["cy"] as const;

const id = z
  .string("errors.required")
  .trim()
  .min(1, "errors.required")
  .max(100, "errors.tooLong")
  .regex(/^[A-Za-z0-9._:-]+$/, "errors.badId");
const text = (max: number) =>
  z
    .string("errors.required")
    .overwrite(stripBidiControls)
    .trim()
    .min(1, "errors.required")
    .max(max, "errors.tooLong");
const isoDate = z.iso.date("errors.badDate");

export const PhoneSchema = z
  .object({
    id,
    number: z.string("errors.required").trim().min(1, "errors.required").max(40, "errors.badPhone"),
    type: z.enum(["voice", "text_relay"], "errors.badPhoneType"),
  })
  .superRefine((phone, ctx) => {
    const valid = phone.type === "voice" ? ukDialDigits(phone.number) : textRelayDigits(phone.number);
    if (!valid) ctx.addIssue({ code: "custom", path: ["number"], message: "errors.badPhone" });
  });

/** Only http and https links: a `javascript:` or `data:` link would run in the reader's browser. */
export const WebLink = z
  .string("errors.badUrl")
  .trim()
  .max(500, "errors.tooLong")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && Boolean(url.hostname);
    } catch {
      return false;
    }
  }, "errors.badUrl");

const ScheduleSchema = z.object({
  id,
  freq: z.literal("WEEKLY", "errors.badSchedule"),
  byday: z.enum(weekdayCodes, "errors.badDay"),
  opens_at: z.string("errors.badTime").refine(isTime, "errors.badTime"),
  closes_at: z.string("errors.badTime").refine(isTime, "errors.badTime"),
  timezone: z.literal("Europe/London", "errors.badTimeZone"),
});

const HolidayScheduleSchema = z.object({
  id,
  /** true: closed on bank holidays in England and Wales. */
  closed: z.boolean("errors.required"),
  description: text(300).optional(),
});

const term = <T extends readonly [string, ...string[]]>(codes: T, vocabulary: string) =>
  z.object({
    id,
    taxonomy_term: z.object({
      id: z.enum(codes, "errors.badTerm"),
      term: text(100),
      vocabulary: z.literal(vocabulary, "errors.badTerm"),
    }),
  });

export const ServiceSchema = z
  .object({
    id,
    name: text(200),
    description: text(2000),
    url: WebLink.optional(),
    email: z.email("errors.badEmail").max(200, "errors.tooLong").optional(),
    status: z.literal("active", "errors.badStatus"),
    /** When someone last checked these details (ORUK's assured date). */
    assured_date: isoDate,
    organization: z.object({ id, name: text(200) }),
    phones: z.array(PhoneSchema).max(10, "errors.tooMany"),
    languages: z
      .array(
        z.object({
          id,
          code: z.string("errors.badLanguage").regex(/^[a-z]{2,3}$/, "errors.badLanguage"),
          name: text(100),
        }),
      )
      .max(30, "errors.tooMany"),
    schedules: z.array(ScheduleSchema).max(50, "errors.tooMany"),
    holiday_schedules: z.array(HolidayScheduleSchema).max(1, "errors.tooMany"),
    service_areas: z
      .array(
        z.object({
          id,
          name: text(200),
          extent_type: z.enum(["national", "local_authority"], "errors.badArea"),
        }),
      )
      .min(1, "errors.required")
      .max(20, "errors.tooMany"),
    attributes: z
      .array(
        z.union(
          [term(directoryCategories, CATEGORY_VOCABULARY), term(directoryAudiences, AUDIENCE_VOCABULARY)],
          "errors.badTerm",
        ),
      )
      .max(30, "errors.tooMany"),
    /**
     * The name and description in another language (Welsh), where the service has them.
     * ORUK 3.0 has no translation object, so this is our own optional property: it travels in
     * our export and import, and other ORUK readers ignore it.
     */
    translations: z
      .array(
        z.object({
          language: z.enum(translatedLanguages, "errors.badLanguage"),
          name: text(200),
          description: text(2000).optional(),
        }),
      )
      .max(translatedLanguages.length, "errors.tooMany")
      .refine((list) => new Set(list.map((item) => item.language)).size === list.length, "errors.tooMany")
      .optional(),
  })
  .superRefine((service, ctx) => {
    const problem = findHoursProblem(
      service.schedules.map((s) => ({ day: s.byday, opens: s.opens_at, closes: s.closes_at })),
    );
    if (problem) {
      const field = problem.problem === "badTime" ? "opens_at" : "closes_at";
      ctx.addIssue({
        code: "custom",
        path: ["schedules", problem.index, field],
        message: `errors.${problem.problem}`,
      });
    }
  });

export type Service = z.infer<typeof ServiceSchema>;

/**
 * The service's name and description in this language, each falling back to English when the
 * entry has none; `nameLang`/`descriptionLang` say which language each one is in (for `lang=`).
 */
export function serviceText(service: Service, language: string) {
  const translation = service.translations?.find((item) => item.language === language);
  return {
    name: translation?.name ?? service.name,
    nameLang: translation ? language : "en",
    description: translation?.description ?? service.description,
    descriptionLang: translation?.description ? language : "en",
  };
}

/** An Open Referral UK page of services, as exported and imported. */
export const DirectoryFileSchema = z.object({ contents: z.array(z.unknown()).max(2000, "errors.tooMany") });

export const categoriesOf = (service: Service) =>
  service.attributes
    .filter((a) => a.taxonomy_term.vocabulary === CATEGORY_VOCABULARY)
    .map((a) => a.taxonomy_term.id);
export const audiencesOf = (service: Service) =>
  service.attributes
    .filter((a) => a.taxonomy_term.vocabulary === AUDIENCE_VOCABULARY)
    .map((a) => a.taxonomy_term.id);

export function openingHoursOf(service: Service) {
  return {
    closedOnBankHolidays: service.holiday_schedules.some((h) => h.closed),
    periods: service.schedules.map((s) => ({ day: s.byday, opens: s.opens_at, closes: s.closes_at })),
  };
}
