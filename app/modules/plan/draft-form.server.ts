import { randomBytes } from "node:crypto";

import { z } from "zod";

import {
  actionStatuses,
  listKeys,
  MAX_ITEMS,
  MAX_TEXT,
  planCategories,
  planLevels,
  type ListKey,
} from "~/modules/plan/plan.constants";
import { ItemIdSchema, type PlanContent } from "~/modules/plan/plan.schema.server";
import { stripBidiControls } from "~/utils/bidi";

// The plan editor is one plain HTML form, so it works without JavaScript. Its fields are named
// as conform names them: `worries[0].plain`, each item with a hidden `worries[0].id`, so an
// item keeps its id from version to version. "Add" and "Remove" are conform's list buttons
// (`__intent__`): conform changes the list in what was typed and the page shows it again.

// The biggest body the editor can send, worked out from the plan's limits rather than guessed,
// so a full plan always saves: every text box of every item full (MAX_TEXT characters, each
// as long as URL-encoding can make one: a 3-byte UTF-8 character is 9 bytes, `%E2%82%AC`),
// plus each item's field names, id, date, status and who, and the form's other fields.
const TEXT_FIELDS_PER_ITEM: Record<ListKey, number> = {
  worries: 2,
  complicatingFactors: 1,
  workingWell: 1,
  goals: 1,
  actions: 2,
};
const TOP_LEVEL_TEXT_FIELDS = 2; // ifNotFollowed, scalingQuestion
const MAX_ENCODED_BYTES_PER_CHARACTER = 9;
const ITEM_OVERHEAD_BYTES = 512;
const FORM_OVERHEAD_BYTES = 4096;
const textFields = listKeys.reduce(
  (sum, list) => sum + TEXT_FIELDS_PER_ITEM[list] * MAX_ITEMS,
  TOP_LEVEL_TEXT_FIELDS,
);
export const DRAFT_FORM_MAX_BYTES =
  textFields * MAX_TEXT * MAX_ENCODED_BYTES_PER_CHARACTER +
  listKeys.length * MAX_ITEMS * ITEM_OVERHEAD_BYTES +
  FORM_OVERHEAD_BYTES;

export function newItemId(): string {
  return randomBytes(6).toString("hex");
}

const isId = (value: unknown): value is string => ItemIdSchema.safeParse(value).success;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

// A box as typed: bidi controls out, Windows line ends as "\n", trimmed; a missing box is "".
function text({ required }: { required?: string } = {}) {
  const typed = z
    .string()
    .overwrite((value) => stripBidiControls(value).replace(/\r\n/g, "\n"))
    .trim();
  return (
    required
      ? typed.max(MAX_TEXT, "plan.text.tooLong").min(1, required)
      : typed.max(MAX_TEXT, "plan.text.tooLong")
  ).default("");
}

const date = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || isDate(value), "plan.date.invalid")
  .transform((value) => value || null);

/** A choice from a fixed list; anything else (only a changed page sends it) is the fallback. */
const oneOf = <T extends string>(options: readonly T[], fallback: T) =>
  z
    .unknown()
    .optional()
    .transform((value) => (options.includes(value as T) ? (value as T) : fallback));

const id = z
  .unknown()
  .optional()
  .transform((value) => (isId(value) ? value : ""));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item.optional())
    .max(MAX_ITEMS, "plan.list.tooMany")
    .default([])
    .transform((items) => items.filter((entry): entry is NonNullable<typeof entry> => entry !== undefined));

const DraftFieldsSchema = z.object({
  revision: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === "string" && /^\d{1,7}$/.test(value) ? Number(value) : 0)),
  level: oneOf(planLevels, "CHILD_PROTECTION"),
  category: z
    .unknown()
    .optional()
    .transform((value) =>
      (planCategories as readonly unknown[]).includes(value)
        ? (value as (typeof planCategories)[number])
        : null,
    ),
  initialConferenceDate: date,
  nextReviewDate: date,
  worries: list(
    z.object({
      id,
      professional: text({ required: "plan.worry.professional.required" }),
      plain: text({ required: "plan.worry.plain.required" }),
    }),
  ),
  complicatingFactors: list(z.object({ id, text: text({ required: "plan.item.text.required" }) })),
  workingWell: list(z.object({ id, text: text({ required: "plan.item.text.required" }) })),
  goals: list(z.object({ id, worryId: id, text: text({ required: "plan.goal.text.required" }) })),
  actions: list(
    z.object({
      id,
      what: text({ required: "plan.action.what.required" }),
      whoMembershipId: id,
      whoName: text(),
      byWhen: date,
      status: oneOf(actionStatuses, "NOT_STARTED"),
    }),
  ),
  ifNotFollowed: text(),
  scalingQuestion: text(),
});

/**
 * The editor's form, read into a plan. Each item keeps its id (one with no id, or an id used
 * already, gets a fresh one); a goal whose worry is gone is no longer paired; a step needs
 * someone to do it.
 */
export const DraftFormSchema = DraftFieldsSchema.superRefine((value, context) => {
  value.actions.forEach((action, index) => {
    if (!isId(action.whoMembershipId) && action.whoName === "")
      context.addIssue({
        code: "custom",
        message: "plan.action.who.required",
        path: ["actions", index, "whoName"],
      });
  });
}).transform(({ revision, ...fields }) => {
  const seen = new Set<string>();
  const withId = <T extends { id: string }>(item: T): T => {
    const kept = item.id && !seen.has(item.id) ? item.id : newItemId();
    seen.add(kept);
    return { ...item, id: kept };
  };
  const worries = fields.worries.map(withId);
  const worryIds = new Set(worries.map((worry) => worry.id));
  const content: PlanContent = {
    ...fields,
    worries,
    complicatingFactors: fields.complicatingFactors.map(withId),
    workingWell: fields.workingWell.map(withId),
    goals: fields.goals.map((goal) =>
      withId({ ...goal, worryId: worryIds.has(goal.worryId) ? goal.worryId : null }),
    ),
    actions: fields.actions.map((action) => {
      const whoMembershipId = action.whoMembershipId || null;
      return withId({ ...action, whoMembershipId, whoName: whoMembershipId ? "" : action.whoName });
    }),
  };
  return { revision, content };
});

/** What the editor's boxes start from: the saved plan, or what this person wrote (the conflict page). */
export function draftFormValues(content: PlanContent) {
  return {
    level: content.level,
    category: content.category ?? "",
    initialConferenceDate: content.initialConferenceDate ?? "",
    nextReviewDate: content.nextReviewDate ?? "",
    worries: content.worries,
    complicatingFactors: content.complicatingFactors,
    workingWell: content.workingWell,
    goals: content.goals.map((goal) => ({ ...goal, worryId: goal.worryId ?? "" })),
    actions: content.actions.map((action) => ({
      ...action,
      whoMembershipId: action.whoMembershipId ?? "",
      byWhen: action.byWhen ?? "",
    })),
    ifNotFollowed: content.ifNotFollowed,
    scalingQuestion: content.scalingQuestion,
  };
}

export type DraftFormValues = ReturnType<typeof draftFormValues>;

/**
 * After Add, the new item has no id yet: it gets one here, on the server, so a goal can be
 * paired with a worry that was just added, before anything is saved.
 */
export function withItemIds(values: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const next: Record<string, unknown> = { ...values };
  for (const key of listKeys satisfies readonly ListKey[]) {
    const items = next[key];
    if (!Array.isArray(items)) continue;
    next[key] = items.map((item: unknown) => {
      const fields = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
      return { ...fields, id: isId(fields.id) ? fields.id : newItemId() };
    });
  }
  return next;
}
