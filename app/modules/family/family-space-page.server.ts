// The server work of /families/new: who may open a family space, and the form's answer.
import { data, redirect } from "@remix-run/node";

import { OpenFamilySpaceSchema } from "~/modules/family/family-space.schema.server";
import { openFamilySpace } from "~/modules/family/family-space.server";
import { requireOwnOrganisationPermission } from "~/modules/permissions/organisation-guard.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";
import { ukParts } from "~/utils/uk-time";

export function requireOpener(request: Request, context?: unknown) {
  return requireOwnOrganisationPermission(request, "families", "open", { context });
}

/** Add and Remove of a child are conform's list buttons; anything else under `__intent__` is refused. */
function listChange(serialized: string | null): "none" | "children" | "unknown" {
  if (serialized === null) return "none";
  try {
    const change = JSON.parse(serialized) as {
      type?: unknown;
      payload?: { name?: unknown; index?: unknown };
    };
    const ok =
      change?.payload?.name === "children" &&
      (change.type === "insert" || (change.type === "remove" && Number.isInteger(change.payload.index)));
    return ok ? "children" : "unknown";
  } catch {
    return "unknown";
  }
}

export async function openSpaceAction({ request, context }: { request: Request; context?: unknown }) {
  const { person, organisationId } = await requireOpener(request, context);
  const form = await readForm(request);
  const change = listChange(form.get("__intent__"));
  if (change === "unknown") throw data({ reason: "unknown-intent" }, { status: 400 });
  const submission = parseSubmission(form, OpenFamilySpaceSchema(ukParts(new Date()).date));
  if (change === "children") {
    // Nothing is saved: what was typed comes back with a child added or removed.
    const reply = submission.reply();
    return data({ ...reply, error: reply.error ?? {} });
  }
  if (submission.status !== "success") return refuse(submission);
  const { familyId } = await saveOnce({ personId: person.id, kind: "family.open", form }, () =>
    openFamilySpace({ organisationId, socialWorkerId: person.id, input: submission.value, request }),
  );
  // The space is empty until the family is in it: the first parent or carer comes next.
  return redirect(`/families/${familyId}/network/invite?role=PARENT&opened=1`);
}
