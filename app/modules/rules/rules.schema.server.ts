import { z } from "zod";

import { ItemIdSchema } from "~/modules/plan/plan.schema.server";
import { reportKinds } from "~/modules/rules/rule-status";
import { idSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

// Forms of the rules pages, read with parseSubmission. Error messages are keys in the "rules"
// namespace. The *Input types name each form's fields for the page (types only: zod stays here).
export const RULE_TEXT_MAX = 1_000;
export const RULE_NOTE_MAX = 2_000;

const MemberIdSchema = idSchema("rules:errors.personUnknown");

/**
 * Ticked boxes: conform gives one ticked box as a string and none as nothing, so the list is
 * made here, where the schema decides what the form means.
 */
function tickedList<S extends z.ZodType>(item: S, { min, max }: { min?: string; max: string }) {
  const list = z.array(item).max(20, max);
  return z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    min ? list.min(1, min) : list,
  );
}

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
  involved: tickedList(MemberIdSchema, {
    min: "rules:errors.involvedRequired",
    max: "rules:errors.personUnknown",
  }),
  checkers: tickedList(MemberIdSchema, { max: "rules:errors.personUnknown" }),
});
export type RuleFields = z.infer<typeof RuleFieldsSchema>;
/** The rule form's fields as the page names them (what the person types, all text). */
export type RuleInput = { [K in keyof RuleFields]: RuleFields[K] extends string[] ? string[] : string };

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

export type AnswerInput = { answer: string; reason: string; version: string };

export const EndorseSchema = z.object({ version: z.coerce.number().int().min(1) });

export const CommentSchema = z.object({
  text: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.commentRequired",
    tooLong: "rules:errors.tooLong",
  }),
});

export type CommentInput = { text: string };

export const RetireSchema = z.object({
  reason: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.retireReasonRequired",
    tooLong: "rules:errors.tooLong",
  }),
});

export type RetireInput = { reason: string };

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

export type ReportInput = { kind: string; whatHappened: string; happenedOn: string; happenedAt: string };

export const FollowUpSchema = z.object({
  text: userText({
    max: RULE_NOTE_MAX,
    required: "rules:errors.followUpRequired",
    tooLong: "rules:errors.tooLong",
  }),
});

export type FollowUpInput = { text: string };

function isRealDay(value: string) {
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
