import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { applyListIntent, errorsStillRelevant, parseDraftForm } from "~/modules/plan/draft-form.server";
import type { PlanContent } from "~/modules/plan/plan.schema.server";
import { memberNames, publishDraft, saveDraft } from "~/modules/plan/plan.server";

export type DraftSubmission =
  | { outcome: "invalid"; content: PlanContent; errors: Record<string, string>; revision: number }
  // bySelf: the other save was this person's own (a second tab, or a double press).
  | {
      outcome: "conflict";
      mine: PlanContent;
      theirs: PlanContent;
      theirsBy: string;
      bySelf: boolean;
      revision: number;
    }
  | { outcome: "refused"; content: PlanContent; refusal: string; revision: number }
  | { outcome: "saved"; anchor: string | null }
  | { outcome: "published"; number: number };

/**
 * One submit of the plan editor: read the form, apply "add" or "remove", check it, save
 * (refusing to overwrite someone else's newer save), and publish when asked.
 */
export async function submitDraft({
  access,
  form,
  request,
}: {
  access: FamilyAccess;
  form: URLSearchParams;
  request: Request;
}): Promise<DraftSubmission> {
  const parsed = parseDraftForm(form);
  const content = applyListIntent(parsed.content, parsed.intent);
  const errors = errorsStillRelevant(parsed.errors, parsed.intent);
  // "Who does it" must be someone in this family: an id from elsewhere is refused, never stored.
  const members = new Set(
    (await memberNames({ familyId: access.familyId })).map((member) => member.membershipId),
  );
  for (const action of content.actions) {
    if (action.whoMembershipId && !members.has(action.whoMembershipId))
      errors[`actions.${action.id}.whoMembershipId`] = "plan.action.who.unknown";
  }
  if (Object.keys(errors).length > 0)
    return { outcome: "invalid", content, errors, revision: parsed.revision };

  const saved = await saveDraft({ access, content, revision: parsed.revision, request });
  // bySelf: the other save was this person's own (a second tab, or a double press).
  const conflicted = (conflict: {
    content: PlanContent;
    updatedBy: string;
    updatedById: string;
    revision: number;
  }): DraftSubmission => ({
    outcome: "conflict",
    mine: content,
    theirs: conflict.content,
    theirsBy: conflict.updatedBy,
    bySelf: conflict.updatedById === access.person.id,
    revision: conflict.revision,
  });
  if (!saved.ok) return conflicted(saved.conflict);
  if (parsed.intent.kind === "publish") {
    const published = await publishDraft({ access, revision: saved.revision, request });
    if (!published.ok && "conflict" in published) return conflicted(published.conflict);
    if (!published.ok)
      return { outcome: "refused", content, refusal: published.refusal, revision: saved.revision };
    return { outcome: "published", number: published.number };
  }
  const added = parsed.intent.kind === "add" ? (content[parsed.intent.list].at(-1)?.id ?? null) : null;
  return {
    outcome: "saved",
    anchor: added ? `${parsed.intent.kind === "add" ? parsed.intent.list : ""}-${added}` : null,
  };
}
