import { z } from "zod";

import { actionStatuses, MAX_TEXT, planCategories, planLevels, stances } from "~/modules/plan/plan.constants";
import { userText } from "~/utils/text.server";

// The content of a plan: the Signs of Safety map plus the plan's facts. Stored as JSON in
// drafts and versions. Item ids stay the same from version to version, so changes can be shown.

// An item's id (newItemId: 12 hex digits), or a person's row id where an item names someone.
// Shorter than a row id, so it is not the row id schema of utils/http.server.
export const ItemIdSchema = z.string().regex(/^[a-z0-9]{8,32}$/);
const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const WorrySchema = z.object({ id: ItemIdSchema, professional: z.string(), plain: z.string() });
export const TextItemSchema = z.object({ id: ItemIdSchema, text: z.string() });
export const GoalSchema = z.object({ id: ItemIdSchema, worryId: ItemIdSchema.nullable(), text: z.string() });
export const ActionSchema = z.object({
  id: ItemIdSchema,
  what: z.string(),
  // A member of the family's space, or a named professional (health visitor, drug service…).
  whoMembershipId: ItemIdSchema.nullable(),
  whoName: z.string(),
  byWhen: DateString.nullable(),
  status: z.enum(actionStatuses),
});

export const PlanContentSchema = z.object({
  level: z.enum(planLevels),
  category: z.enum(planCategories).nullable(),
  initialConferenceDate: DateString.nullable(),
  nextReviewDate: DateString.nullable(),
  worries: z.array(WorrySchema),
  complicatingFactors: z.array(TextItemSchema),
  workingWell: z.array(TextItemSchema),
  goals: z.array(GoalSchema),
  actions: z.array(ActionSchema),
  ifNotFollowed: z.string(),
  scalingQuestion: z.string(),
});

export type PlanContent = z.infer<typeof PlanContentSchema>;
export type Worry = z.infer<typeof WorrySchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type PlanAction = z.infer<typeof ActionSchema>;

export function emptyPlan(): PlanContent {
  return {
    level: "CHILD_PROTECTION",
    category: null,
    initialConferenceDate: null,
    nextReviewDate: null,
    worries: [],
    complicatingFactors: [],
    workingWell: [],
    goals: [],
    actions: [],
    ifNotFollowed: "",
    scalingQuestion: "",
  };
}

// ---- Family responses -------------------------------------------------------------------

export const ViewSchema = z.object({
  stance: z.enum(stances, "view.stance.required"),
  words: userText({ max: MAX_TEXT, tooLong: "view.words.tooLong" }).default(""),
  shared: z
    .string()
    .optional()
    .transform((value) => value === "yes"),
});

export const ScaleSchema = z.object({
  score: z.coerce
    .number("scale.score.required")
    .int("scale.score.required")
    .min(0, "scale.score.required")
    .max(10, "scale.score.required"),
  note: userText({ max: MAX_TEXT, tooLong: "scale.note.tooLong" }).default(""),
});

export const CorrectionSchema = z.object({
  whatIsWrong: userText({
    required: "correction.whatIsWrong.required",
    max: MAX_TEXT,
    tooLong: "correction.whatIsWrong.tooLong",
  }),
  shouldSay: userText({
    required: "correction.shouldSay.required",
    max: MAX_TEXT,
    tooLong: "correction.shouldSay.tooLong",
  }),
});

export const CorrectionAnswerSchema = z
  .object({
    correctionId: ItemIdSchema,
    answer: z.enum(["CORRECTED", "NOT_AGREED"], "correction.answer.required"),
    reason: userText({ max: MAX_TEXT, tooLong: "correction.reason.tooLong" }).default(""),
  })
  .refine((value) => value.answer !== "NOT_AGREED" || value.reason.length > 0, {
    message: "correction.reason.required",
    path: ["reason"],
  });

// The fields of each form as the page names them (types only: zod stays on the server).
export type ViewInput = { stance: string; words: string; shared: string };
export type ScaleInput = { score: string; note: string };
export type CorrectionInput = { whatIsWrong: string; shouldSay: string };
export type CorrectionAnswerInput = { correctionId: string; answer: string; reason: string };

// ---- Query strings ----------------------------------------------------------------------

export const VersionQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });
export const ChangesQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive().optional(),
});
