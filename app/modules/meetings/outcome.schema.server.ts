// The forms of "what was decided": the social worker's record, and a member's "does this match
// what you heard?". Messages are translation keys in the meetings namespace.
import { z } from "zod";

import { planCategories } from "~/modules/plan/plan.constants";
import { userText } from "~/utils/text.server";
import { calendarCovers, parseIsoDate, ukParts } from "~/utils/uk-time";

export const outcomeDecisions = ["PLAN_STARTS", "PLAN_CONTINUES", "PLAN_ENDS"] as const;
export type OutcomeDecision = (typeof outcomeDecisions)[number];

const words = (tooLong: string) => userText({ max: 4000, tooLong });

/** A next meeting's day: a real date, after today, within the calendar the app ships. */
function nextDate(name: "nextCoreGroup" | "nextReview", now: Date) {
  return z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null;
      const date = parseIsoDate(text);
      if (!date || !calendarCovers(date)) {
        ctx.addIssue({ code: "custom", message: `meetings:errors.outcome.${name}.invalid` });
        return z.NEVER;
      }
      if (date <= ukParts(now).date) {
        ctx.addIssue({ code: "custom", message: `meetings:errors.outcome.${name}.past` });
        return z.NEVER;
      }
      return date;
    });
}

/**
 * The outcome form. `decides`: a conference decides about the plan (a core group does not);
 * `asks`: which next dates the form asks for (a date already booked by an earlier version is
 * not asked again). The category goes with a plan that starts or continues; the next dates with
 * a plan that goes on.
 */
export function outcomeSchema({
  decides,
  asks,
  now,
}: {
  decides: boolean;
  asks: { coreGroup: boolean; review: boolean };
  now: Date;
}) {
  return z
    .object({
      version: z.coerce.number().int().min(0).max(1_000_000),
      decision: z.enum(outcomeDecisions, "meetings:errors.outcome.decision.required").optional(),
      category: z.enum(planCategories, "meetings:errors.outcome.category.required").optional(),
      disagreed: words("meetings:errors.outcome.tooLong"),
      planChanges: words("meetings:errors.outcome.tooLong"),
      nextCoreGroup: nextDate("nextCoreGroup", now),
      nextReview: nextDate("nextReview", now),
    })
    .transform((input, ctx) => {
      const decision = decides ? (input.decision ?? null) : null;
      if (decides && !decision) {
        ctx.addIssue({
          code: "custom",
          path: ["decision"],
          message: "meetings:errors.outcome.decision.required",
        });
        return z.NEVER;
      }
      const goesOn = decision !== "PLAN_ENDS";
      const category = decision && goesOn ? (input.category ?? null) : null;
      if (decision && goesOn && !category) {
        ctx.addIssue({
          code: "custom",
          path: ["category"],
          message: "meetings:errors.outcome.category.required",
        });
        return z.NEVER;
      }
      const nextCoreGroup = goesOn && asks.coreGroup ? input.nextCoreGroup : null;
      const nextReview = goesOn && asks.review ? input.nextReview : null;
      if (goesOn && asks.coreGroup && !nextCoreGroup) {
        ctx.addIssue({
          code: "custom",
          path: ["nextCoreGroup"],
          message: "meetings:errors.outcome.nextCoreGroup.required",
        });
        return z.NEVER;
      }
      if (goesOn && asks.review && !nextReview) {
        ctx.addIssue({
          code: "custom",
          path: ["nextReview"],
          message: "meetings:errors.outcome.nextReview.required",
        });
        return z.NEVER;
      }
      return {
        version: input.version,
        decision,
        category,
        disagreed: input.disagreed,
        planChanges: input.planChanges,
        nextCoreGroup,
        nextReview,
      };
    });
}

export type OutcomeInput = z.input<ReturnType<typeof outcomeSchema>>;
export type OutcomeValue = z.output<ReturnType<typeof outcomeSchema>>;

/** "Does this match what you heard?": yes, or no with what they heard (the words are asked for then). */
export const OutcomeAnswerSchema = z
  .object({
    heard: z.enum(["same", "different"], "meetings:errors.outcomeAnswer.required"),
    words: userText({ max: 2000, tooLong: "meetings:errors.outcomeAnswer.tooLong" }),
  })
  .refine((answer) => answer.heard === "same" || answer.words !== "", {
    path: ["words"],
    message: "meetings:errors.outcomeAnswer.wordsRequired",
  });

export type OutcomeAnswerInput = z.input<typeof OutcomeAnswerSchema>;
