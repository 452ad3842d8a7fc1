import { z } from "zod";

import { ItemIdSchema } from "~/modules/plan/plan.schema.server";
import { reportKinds } from "~/modules/rules/rule-status";
import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

// Forms of the rules pages. Error messages are keys in the "rules" namespace.
export const RULE_TEXT_MAX = 1_000;
export const RULE_NOTE_MAX = 2_000;

const MemberIdSchema = idSchema("rules:errors.personUnknown");

export const RuleFieldsSchema = z.object({
  text: userText({
    max: RULE_TEXT_MAX,
    required: "rules:errors.textRequired",
    tooLong: "rules:errors.tooLong",
  }),
  worryId: z
    .string()
    .refine((id) => id === "" || ItemIdSchema.safeParse(id).success, "rules:errors.worryUnknown")
    .default(""),
  warningSigns: userText({ max: RULE_NOTE_MAX, tooLong: "rules:errors.tooLong" }).default(""),
  ifBroken: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.ifBrokenRequired",
    tooLong: "rules:errors.tooLong",
  }),
  whoToCall: userText({ max: RULE_NOTE_MAX, tooLong: "rules:errors.tooLong" }).default(""),
  involved: z
    .array(MemberIdSchema)
    .min(1, "rules:errors.involvedRequired")
    .max(20, "rules:errors.personUnknown"),
  checkers: z.array(MemberIdSchema).max(20, "rules:errors.personUnknown"),
});
export type RuleFields = z.infer<typeof RuleFieldsSchema>;

/** What the person typed, kept as typed, so a form that comes back loses nothing. */
export type RuleFormValues = {
  text: string;
  worryId: string;
  warningSigns: string;
  ifBroken: string;
  whoToCall: string;
  involved: string[];
  checkers: string[];
};

export function ruleFormValues(form: URLSearchParams): RuleFormValues {
  return {
    text: form.get("text") ?? "",
    worryId: form.get("worryId") ?? "",
    warningSigns: form.get("warningSigns") ?? "",
    ifBroken: form.get("ifBroken") ?? "",
    whoToCall: form.get("whoToCall") ?? "",
    involved: form.getAll("involved"),
    checkers: form.getAll("checkers"),
  };
}

export type FieldErrors = Record<string, string>;

/** Checks the rule form. Which people and worries exist is checked against the family later. */
export function parseRuleFields(
  values: RuleFormValues,
): { ok: true; data: RuleFields } | { ok: false; errors: FieldErrors } {
  const result = RuleFieldsSchema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "text");
    errors[field] ??= issue.message.startsWith("rules:") ? issue.message : "errors:generic.invalid";
  }
  return { ok: false, errors };
}

export const RevisionSchema = z.coerce.number().int().min(1).max(1_000_000);

export const AnswerSchema = z
  .object({
    answer: z.enum(["AGREE", "NOT_YET", "DISAGREE"], "rules:errors.answerRequired"),
    reason: userText({ max: RULE_NOTE_MAX, tooLong: "rules:errors.tooLong" }).default(""),
    version: z.coerce.number().int().min(1),
  })
  .refine((value) => value.answer !== "DISAGREE" || value.reason.length > 0, {
    path: ["reason"],
    message: "rules:errors.reasonRequired",
  });

export const EndorseSchema = z.object({ version: z.coerce.number().int().min(1) });

export const CommentSchema = z.object({
  text: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.commentRequired",
    tooLong: "rules:errors.tooLong",
  }),
});

export const RetireSchema = z.object({
  reason: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.retireReasonRequired",
    tooLong: "rules:errors.tooLong",
  }),
});

export const ReportSchema = z.object({
  kind: z.enum(reportKinds, "rules:errors.kindRequired"),
  whatHappened: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.whatHappenedRequired",
    tooLong: "rules:errors.tooLong",
  }),
  happenedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "rules:errors.dateRequired")
    .refine(isRealDay, "rules:errors.dateRequired")
    // Not after today (a day's grace for time zones): a report says what already happened.
    .refine(
      (day) => day <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      "rules:errors.dateFuture",
    ),
  happenedAt: z
    .string()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, "rules:errors.timeInvalid")
    .default(""),
});

export const FollowUpSchema = z.object({
  text: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.followUpRequired",
    tooLong: "rules:errors.tooLong",
  }),
});

function isRealDay(value: string) {
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** zod issues as translation keys per field, for the simple one-schema forms. */
export function parseWith<S extends z.ZodType>(
  form: URLSearchParams,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors; values: Record<string, string> } {
  const values: Record<string, string> = {};
  for (const [key, value] of form) values[key] = value;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message.startsWith("rules:") ? issue.message : "errors:generic.invalid";
  }
  return { ok: false, errors, values };
}
