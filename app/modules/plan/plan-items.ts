import type { PlanContent } from "~/modules/plan/plan.schema.server";

// Every part of a plan a family member can respond to, in one flat list.
export type ItemKind = "worry" | "complicatingFactor" | "workingWell" | "goal" | "action";
export type PlanItem = { id: string; kind: ItemKind; text: string; professional?: string };

export function planItems(content: PlanContent): PlanItem[] {
  return [
    ...content.worries.map((worry) => ({
      id: worry.id,
      kind: "worry" as const,
      text: worry.plain,
      professional: worry.professional,
    })),
    ...content.complicatingFactors.map((item) => ({
      id: item.id,
      kind: "complicatingFactor" as const,
      text: item.text,
    })),
    ...content.workingWell.map((item) => ({ id: item.id, kind: "workingWell" as const, text: item.text })),
    ...content.goals.map((goal) => ({ id: goal.id, kind: "goal" as const, text: goal.text })),
    ...content.actions.map((action) => ({ id: action.id, kind: "action" as const, text: action.what })),
  ];
}

export function findItem(content: PlanContent, id: string): PlanItem | undefined {
  return planItems(content).find((item) => item.id === id);
}

const scalarFields = [
  "level",
  "category",
  "initialConferenceDate",
  "nextReviewDate",
  "ifNotFollowed",
  "scalingQuestion",
] as const;
export type ScalarField = (typeof scalarFields)[number];

export type ItemChange =
  | { change: "added"; item: PlanItem }
  | { change: "removed"; item: PlanItem }
  | { change: "changed"; item: PlanItem; before: PlanItem };

/** What changed between two versions, item by item (ids stay the same across versions). */
export function diffPlans(before: PlanContent, after: PlanContent) {
  const beforeItems = new Map(planItems(before).map((item) => [item.id, item]));
  const afterItems = new Map(planItems(after).map((item) => [item.id, item]));
  const items: ItemChange[] = [];
  for (const item of afterItems.values()) {
    const old = beforeItems.get(item.id);
    if (!old) items.push({ change: "added", item });
    else if (
      JSON.stringify(old) !== JSON.stringify(item) ||
      itemDetail(before, item.id) !== itemDetail(after, item.id)
    ) {
      items.push({ change: "changed", item, before: old });
    }
  }
  for (const item of beforeItems.values())
    if (!afterItems.has(item.id)) items.push({ change: "removed", item });
  const fields = scalarFields.filter((field) => before[field] !== after[field]);
  return { items, fields };
}

// Parts of an action or goal besides its text (who, when, status, paired worry).
function itemDetail(content: PlanContent, id: string): string {
  const action = content.actions.find((entry) => entry.id === id);
  if (action) return JSON.stringify([action.whoMembershipId, action.whoName, action.byWhen, action.status]);
  const goal = content.goals.find((entry) => entry.id === id);
  return goal ? String(goal.worryId) : "";
}

/** The goals for one worry as one text, as the reading page shows them beside the worry. */
export function goalsTextFor(content: PlanContent, worryId: string): string {
  return content.goals
    .filter((goal) => goal.worryId === worryId)
    .map((goal) => goal.text)
    .join(" ");
}
