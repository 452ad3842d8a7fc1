import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { PlanContent } from "~/modules/plan/plan.schema.server";
import { memberNames, publishDraft, saveDraft } from "~/modules/plan/plan.server";

export type DraftOutcome =
  // Errors found after the form was read: field name (as the form names it) to translation key.
  | { outcome: "invalid"; errors: Record<string, string> }
  // bySelf: the other save was this person's own (a second tab, or a double press).
  | {
      outcome: "conflict";
      mine: PlanContent;
      theirs: PlanContent;
      theirsBy: string;
      bySelf: boolean;
      revision: number;
    }
  // The draft was saved (as `revision`), but it cannot be published as it is.
  | { outcome: "refused"; refusal: string; revision: number }
  | { outcome: "saved" }
  | { outcome: "published"; number: number };

/**
 * One save of the plan editor, read and checked by DraftFormSchema: check it against the family,
 * save it (refusing to overwrite someone else's newer save), and publish when asked.
 */
export async function submitDraft({
  access,
  content,
  revision,
  publish,
  request,
}: {
  access: FamilyAccess;
  content: PlanContent;
  revision: number;
  publish: boolean;
  request: Request;
}): Promise<DraftOutcome> {
  // "Who does it" must be someone in this family: an id from elsewhere is refused, never stored.
  const members = new Set(
    (await memberNames({ familyId: access.familyId })).map((member) => member.membershipId),
  );
  const errors: Record<string, string> = {};
  content.actions.forEach((action, index) => {
    if (action.whoMembershipId && !members.has(action.whoMembershipId))
      errors[`actions[${index}].whoMembershipId`] = "plan.action.who.unknown";
  });
  if (Object.keys(errors).length > 0) return { outcome: "invalid", errors };

  const saved = await saveDraft({ access, content, revision, request });
  const conflicted = (conflict: {
    content: PlanContent;
    updatedBy: string;
    updatedById: string;
    revision: number;
  }): DraftOutcome => ({
    outcome: "conflict",
    mine: content,
    theirs: conflict.content,
    theirsBy: conflict.updatedBy,
    bySelf: conflict.updatedById === access.person.id,
    revision: conflict.revision,
  });
  if (!saved.ok) return conflicted(saved.conflict);
  if (!publish) return { outcome: "saved" };
  const published = await publishDraft({ access, revision: saved.revision, request });
  if (!published.ok && "conflict" in published) return conflicted(published.conflict);
  if (!published.ok) return { outcome: "refused", refusal: published.refusal, revision: saved.revision };
  return { outcome: "published", number: published.number };
}
