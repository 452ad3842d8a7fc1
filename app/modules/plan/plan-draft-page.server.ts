// The plan editor's page: the draft to start from, and one submit of the editor (save, publish,
// or add or remove an item of a list).
import { data, redirect } from "@remix-run/node";

import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { DraftFormSchema, draftFormValues, withItemIds } from "~/modules/plan/draft-form.server";
import { submitDraft } from "~/modules/plan/draft.server";
import { listKeys } from "~/modules/plan/plan.constants";
import { getEditableDraft, getLatestVersion, memberNames } from "~/modules/plan/plan.server";
import { dateFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";

export async function draftPage({ access, request }: { access: FamilyAccess; request: Request }) {
  const [draft, latest, members, formatDate] = await Promise.all([
    getEditableDraft({ access }),
    getLatestVersion({ access }),
    memberNames({ familyId: access.familyId }),
    dateFormatter(request),
  ]);
  return {
    familyId: access.familyId,
    values: draftFormValues(draft.content),
    revision: draft.revision,
    savedBy: draft.updatedBy,
    savedAt: draft.updatedAt ? formatDate(draft.updatedAt) : null,
    latestNumber: latest?.number ?? 0,
    members: members.map(({ membershipId, name, role }) => ({ membershipId, name, role })),
  };
}

/**
 * The intent a post asks the guard about. Add and Remove are conform's list buttons: they post
 * `__intent__` and no `intent`, and change only what is on the page, so they need "write".
 */
export function draftIntentForm(form: URLSearchParams): URLSearchParams {
  const change = form.get("__intent__");
  // Anything but an Add or Remove of one of the plan's lists is an unknown intent (400), not an error.
  const intent = change === null ? form.get("intent") : isListChange(change) ? "list" : "unknown";
  return new URLSearchParams(intent === null ? [] : [["intent", intent]]);
}

function isListChange(serialized: string): boolean {
  try {
    const change = JSON.parse(serialized) as {
      type?: unknown;
      payload?: { name?: unknown; index?: unknown };
    };
    const { type, payload } = change ?? {};
    return (
      (listKeys as readonly unknown[]).includes(payload?.name) &&
      (type === "insert" || (type === "remove" && Number.isInteger(payload?.index)))
    );
  } catch {
    return false;
  }
}

export async function draftAction({
  access,
  intent,
  form,
  request,
}: {
  access: FamilyAccess;
  intent: "save" | "publish" | "list";
  form: URLSearchParams;
  request: Request;
}) {
  const submission = parseSubmission(form, DraftFormSchema);
  if (intent === "list") {
    // Nothing is saved: the reply is what was typed, with the list changed by conform, and
    // the new item's id. Errors elsewhere do not stop it (docs/decisions/2026-12-05-plan-draft-add-and-remove.md).
    const reply = submission.reply();
    return data({ ...reply, initialValue: withItemIds(reply.initialValue), error: reply.error ?? {} });
  }
  if (submission.status !== "success") return refuse(submission);
  const { content, revision } = submission.value;
  const result = await submitDraft({ access, content, revision, publish: intent === "publish", request });
  switch (result.outcome) {
    case "published":
      return redirect(`/families/${access.familyId}/plan?published=${result.number}`);
    case "saved":
      return redirect(`/families/${access.familyId}/plan/draft?saved=1`);
    case "invalid":
      return refuse(submission, result.errors);
    case "refused": {
      // The draft was saved: the form goes on from the revision just saved.
      const reply = submission.reply({ formErrors: [`plan:publish.${result.refusal}`] });
      return data(
        { ...reply, initialValue: { ...reply.initialValue, revision: String(result.revision) } },
        { status: 400 },
      );
    }
    case "conflict":
      return data(
        {
          ...result,
          mine: draftFormValues(result.mine),
          theirs: result.theirs,
        },
        { status: 409 },
      );
  }
}
