import { randomBytes } from "node:crypto";

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

// The plan editor is one plain HTML form, so it works without JavaScript. Lists keep their
// order through repeated hidden `<list>.id` fields; each item's fields are `<list>.<id>.<field>`.
// "Add" and "Remove" buttons submit the whole form with an intent, so nothing typed is lost.

export type DraftIntent =
  | { kind: "save" }
  | { kind: "publish" }
  | { kind: "add"; list: ListKey }
  | { kind: "remove"; list: ListKey; id: string };

export type ParsedDraft = {
  content: PlanContent;
  errors: Record<string, string>;
  intent: DraftIntent;
  revision: number;
};

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

const isId = (value: string) => ItemIdSchema.safeParse(value).success;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

function parseIntent(raw: string | null): DraftIntent {
  if (raw === "publish") return { kind: "publish" };
  const [kind, list, id] = (raw ?? "save").split(":");
  if (kind === "add" && (listKeys as readonly string[]).includes(list))
    return { kind: "add", list: list as ListKey };
  if (kind === "remove" && (listKeys as readonly string[]).includes(list) && id && isId(id))
    return { kind: "remove", list: list as ListKey, id };
  return { kind: "save" };
}

export function parseDraftForm(form: URLSearchParams): ParsedDraft {
  const errors: Record<string, string> = {};
  const text = (name: string, { required }: { required?: string } = {}) => {
    const value = stripBidiControls(form.get(name) ?? "")
      .replace(/\r\n/g, "\n")
      .trim();
    if (value.length > MAX_TEXT) errors[name] = "plan.text.tooLong";
    else if (required && value.length === 0) errors[name] = required;
    return value;
  };
  const date = (name: string) => {
    const value = text(name);
    if (value && !isDate(value)) errors[name] = "plan.date.invalid";
    return value && isDate(value) ? value : null;
  };
  const ids = (list: ListKey) => {
    const found = [...new Set(form.getAll(`${list}.id`).filter(isId))];
    if (found.length > MAX_ITEMS) errors[list] = "plan.list.tooMany";
    return found.slice(0, MAX_ITEMS);
  };
  const oneOf = <T extends string>(value: string | null, options: readonly T[], fallback: T) =>
    options.includes(value as T) ? (value as T) : fallback;

  const worryIds = ids("worries");
  const content: PlanContent = {
    level: oneOf(form.get("level"), planLevels, "CHILD_PROTECTION"),
    category: form.get("category") ? oneOf(form.get("category"), planCategories, "NEGLECT") : null,
    initialConferenceDate: date("initialConferenceDate"),
    nextReviewDate: date("nextReviewDate"),
    worries: worryIds.map((id) => ({
      id,
      professional: text(`worries.${id}.professional`, { required: "plan.worry.professional.required" }),
      plain: text(`worries.${id}.plain`, { required: "plan.worry.plain.required" }),
    })),
    complicatingFactors: ids("complicatingFactors").map((id) => ({
      id,
      text: text(`complicatingFactors.${id}.text`, { required: "plan.item.text.required" }),
    })),
    workingWell: ids("workingWell").map((id) => ({
      id,
      text: text(`workingWell.${id}.text`, { required: "plan.item.text.required" }),
    })),
    goals: ids("goals").map((id) => {
      const worryId = form.get(`goals.${id}.worryId`) ?? "";
      return {
        id,
        worryId: worryIds.includes(worryId) ? worryId : null,
        text: text(`goals.${id}.text`, { required: "plan.goal.text.required" }),
      };
    }),
    actions: ids("actions").map((id) => {
      const who = form.get(`actions.${id}.whoMembershipId`) ?? "";
      const whoMembershipId = isId(who) ? who : null;
      const whoName = text(`actions.${id}.whoName`);
      if (!whoMembershipId && !whoName && !errors[`actions.${id}.whoName`])
        errors[`actions.${id}.whoName`] = "plan.action.who.required";
      return {
        id,
        what: text(`actions.${id}.what`, { required: "plan.action.what.required" }),
        whoMembershipId,
        whoName: whoMembershipId ? "" : whoName,
        byWhen: date(`actions.${id}.byWhen`),
        status: oneOf(form.get(`actions.${id}.status`), actionStatuses, "NOT_STARTED"),
      };
    }),
    ifNotFollowed: text("ifNotFollowed"),
    scalingQuestion: text("scalingQuestion"),
  };

  const revision = Number.parseInt(form.get("revision") ?? "0", 10);
  return {
    content,
    errors,
    intent: parseIntent(form.get("intent")),
    revision: Number.isFinite(revision) ? revision : 0,
  };
}

/** Adds an empty item or removes one. Pure, so the page can show the result at once. */
export function applyListIntent(content: PlanContent, intent: DraftIntent): PlanContent {
  if (intent.kind === "remove") {
    const next = {
      ...content,
      [intent.list]: (content[intent.list] as { id: string }[]).filter((item) => item.id !== intent.id),
    };
    // A goal keeps its words when its worry goes; it is just no longer paired.
    if (intent.list === "worries")
      next.goals = next.goals.map((goal) => (goal.worryId === intent.id ? { ...goal, worryId: null } : goal));
    return next;
  }
  if (intent.kind !== "add") return content;
  const id = newItemId();
  const blank = {
    worries: { id, professional: "", plain: "" },
    complicatingFactors: { id, text: "" },
    workingWell: { id, text: "" },
    goals: { id, worryId: null, text: "" },
    actions: {
      id,
      what: "",
      whoMembershipId: null,
      whoName: "",
      byWhen: null,
      status: "NOT_STARTED" as const,
    },
  }[intent.list];
  return { ...content, [intent.list]: [...(content[intent.list] as object[]), blank] };
}

/** Errors for items that were just removed no longer matter. */
export function errorsStillRelevant(
  errors: Record<string, string>,
  intent: DraftIntent,
): Record<string, string> {
  if (intent.kind !== "remove") return errors;
  return Object.fromEntries(
    Object.entries(errors).filter(([field]) => !field.startsWith(`${intent.list}.${intent.id}.`)),
  );
}
