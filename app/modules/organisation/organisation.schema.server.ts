import { z } from "zod";

import { organisationRoles } from "~/modules/permissions/matrix";
import { IdSchema } from "~/utils/http.server";
import { ukDialDigits } from "~/utils/phone";
import { userText } from "~/utils/text.server";

// Messages are translation keys of the "organisation" namespace.
const email = (required: string, invalid: string) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .max(254, invalid)
    .pipe(z.email(invalid))
    .transform((value) => value.toLowerCase());

/** What `npm run setup` is given (from arguments or environment variables). */
export const SetUpSchema = z.object({
  organisation: userText({
    required: "organisation:errors.organisation.required",
    max: 120,
    tooLong: "organisation:errors.organisation.tooLong",
  }),
  kind: z
    .enum(["council", "charity"], "organisation:errors.kind.invalid")
    .transform((kind) => (kind === "council" ? ("LOCAL_AUTHORITY" as const) : ("CHARITY" as const))),
  adminEmail: email("organisation:errors.email.required", "organisation:errors.email.invalid"),
  adminName: userText({
    required: "organisation:errors.name.required",
    max: 100,
    tooLong: "organisation:errors.name.tooLong",
  }),
});
export type SetUpInput = z.infer<typeof SetUpSchema>;

/** A new name for a partner organisation, or one of the council's partners by id. */
export const AddStaffSchema = z
  .object({
    email: email("organisation:errors.email.required", "organisation:errors.email.invalid"),
    name: userText({
      required: "organisation:errors.name.required",
      max: 100,
      tooLong: "organisation:errors.name.tooLong",
    }),
    role: z.enum(organisationRoles, "organisation:errors.role.required"),
    partnerId: z
      .union([z.literal(""), IdSchema], "organisation:errors.partner.required")
      .optional()
      .transform((value) => value || undefined),
    partnerName: userText({ max: 120, tooLong: "organisation:errors.partner.tooLong" })
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((input, ctx) => {
    if (input.role === "ADVISER" && !input.partnerId && !input.partnerName)
      ctx.addIssue({
        code: "custom",
        path: ["partnerId"],
        message: "organisation:errors.partner.required",
      });
    if (input.role === "ADVISER" && input.partnerId && input.partnerName)
      ctx.addIssue({ code: "custom", path: ["partnerName"], message: "organisation:errors.partner.both" });
  })
  // Only an adviser works for a partner organisation.
  .transform((input) =>
    input.role === "ADVISER" ? input : { ...input, partnerId: undefined, partnerName: undefined },
  );
export type AddStaffInput = z.infer<typeof AddStaffSchema>;

const phone = z
  .string()
  .trim()
  .max(40, "organisation:errors.phone.invalid")
  .refine((value) => value === "" || ukDialDigits(value) !== null, "organisation:errors.phone.invalid")
  .optional()
  .transform((value) => value || null);

const whole = (message: string) =>
  z
    .string(message)
    .trim()
    .regex(/^\d{1,5}$/, message)
    .transform(Number);

export const SettingsSchema = z.object({
  version: z.coerce.number().int().min(0).max(1_000_000),
  socialWorkPhone: phone,
  outOfHoursPhone: phone,
  reportLeadWorkingDays: whole("organisation:errors.leadDays.range").pipe(
    z.number().min(2, "organisation:errors.leadDays.range").max(5, "organisation:errors.leadDays.range"),
  ),
  auditRetentionDays: whole("organisation:errors.retention.range").pipe(
    z
      .number()
      .min(90, "organisation:errors.retention.range")
      .max(3650, "organisation:errors.retention.range"),
  ),
  planEndReadOnlyDays: whole("organisation:errors.readOnlyDays.range").pipe(
    z
      .number()
      .min(14, "organisation:errors.readOnlyDays.range")
      .max(365, "organisation:errors.readOnlyDays.range"),
  ),
  // The boxes ticked: national services to show. Conform gives one value or a list.
  shown: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});
export type SettingsInput = z.infer<typeof SettingsSchema>;

export const RemoveStaffSchema = z.object({ confirm: z.literal("yes", "organisation:errors.confirm") });
