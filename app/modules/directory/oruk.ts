// One support service in Open Referral UK's JSON shape (ORUK 3.0, based on HSDS 3.0): the
// format we store, import and export, so a local authority can load its own directory and get
// it back unchanged. Our additions stay inside ORUK's extension points: categories and
// audiences are `attributes` with our own vocabularies, and "closed on bank holidays" is a
// `holiday_schedules` entry. Every message is a key in the "directory" namespace.
import { z } from "zod";

import { stripBidiControls } from "~/utils/bidi";

import { AUDIENCE_VOCABULARY, CATEGORY_VOCABULARY, directoryAudiences, directoryCategories } from "./directory.constants";
import { findHoursProblem, isTime, weekdayCodes } from "./opening-hours";

const id = z.string("errors.required").trim().min(1, "errors.required").max(100, "errors.tooLong").regex(/^[A-Za-z0-9._:-]+$/, "errors.badId");
const text = (max: number) => z.string("errors.required").overwrite(stripBidiControls).trim().min(1, "errors.required").max(max, "errors.tooLong");
const isoDate = z.iso.date("errors.badDate");

/**
 * A UK phone number (+44 allowed), or a short number people dial
 * (999, 111, 116 123 …). Spaces, dashes and brackets are fine; letters are not.
 */
export function ukDialDigits(number: string): string | null {
  const compact = number.replace(/[\s\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  const national = compact.startsWith("+44") ? `0${compact.slice(3)}` : compact;
  // Ofcom's plan: 11 digits, except some 01 area codes and 0800 numbers with 10, and Childline's 0800 1111.
  if (/^0[235789]\d{9}$/.test(national) || /^01\d{8,9}$/.test(national) || /^0800\d{6}$/.test(national) || national === "08001111") return national;
  if (/^(999|112|111|101|105|119|116\d{3})$/.test(national)) return national;
  return null;
}

/** Text relay (Relay UK): 18001 before the number, or 18000 for emergencies. */
export function textRelayDigits(number: string): string | null {
  const compact = number.replace(/[\s\-()]/g, "");
  const match = /^(1800[01])(.+)$/.exec(compact);
  if (!match) return null;
  const rest = ukDialDigits(match[2]);
  return rest ? `${match[1]}${rest}` : null;
}

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
    taxonomy_term: z.object({ id: z.enum(codes, "errors.badTerm"), term: text(100), vocabulary: z.literal(vocabulary, "errors.badTerm") }),
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
    languages: z.array(z.object({ id, code: z.string("errors.badLanguage").regex(/^[a-z]{2,3}$/, "errors.badLanguage"), name: text(100) })).max(30, "errors.tooMany"),
    schedules: z.array(ScheduleSchema).max(50, "errors.tooMany"),
    holiday_schedules: z.array(HolidayScheduleSchema).max(1, "errors.tooMany"),
    service_areas: z
      .array(z.object({ id, name: text(200), extent_type: z.enum(["national", "local_authority"], "errors.badArea") }))
      .min(1, "errors.required")
      .max(20, "errors.tooMany"),
    attributes: z.array(z.union([term(directoryCategories, CATEGORY_VOCABULARY), term(directoryAudiences, AUDIENCE_VOCABULARY)], "errors.badTerm")).max(30, "errors.tooMany"),
  })
  .superRefine((service, ctx) => {
    const problem = findHoursProblem(service.schedules.map((s) => ({ day: s.byday, opens: s.opens_at, closes: s.closes_at })));
    if (problem) {
      const field = problem.problem === "badTime" ? "opens_at" : "closes_at";
      ctx.addIssue({ code: "custom", path: ["schedules", problem.index, field], message: `errors.${problem.problem}` });
    }
  });

export type Service = z.infer<typeof ServiceSchema>;

/** An Open Referral UK page of services, as exported and imported. */
export const DirectoryFileSchema = z.object({ contents: z.array(z.unknown()).max(2000, "errors.tooMany") });

export const categoriesOf = (service: Service) =>
  service.attributes.filter((a) => a.taxonomy_term.vocabulary === CATEGORY_VOCABULARY).map((a) => a.taxonomy_term.id);
export const audiencesOf = (service: Service) =>
  service.attributes.filter((a) => a.taxonomy_term.vocabulary === AUDIENCE_VOCABULARY).map((a) => a.taxonomy_term.id);

export function openingHoursOf(service: Service) {
  return {
    timeZone: "Europe/London",
    closedOnBankHolidays: service.holiday_schedules.some((h) => h.closed),
    periods: service.schedules.map((s) => ({ day: s.byday, opens: s.opens_at, closes: s.closes_at })),
  };
}

/** The number to dial from a tel: link (digits, no spaces). */
export function telHref(phone: { number: string; type: "voice" | "text_relay" }): string | null {
  const digits = phone.type === "voice" ? ukDialDigits(phone.number) : textRelayDigits(phone.number);
  return digits ? `tel:${digits}` : null;
}
