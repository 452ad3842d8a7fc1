// The social worker's page to end the family's plan, or restart it while the space is read-only.
import { redirect } from "@remix-run/node";

import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import { formatDay, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";

import { EndPlanSchema } from "./plan-end.schema.server";
import { endPlan, planEndReasons, readPlanEnd, restartPlan } from "./plan-end.server";

export async function planEndPage({
  request,
  familyIdParam,
  context,
}: {
  request: Request;
  familyIdParam: string | undefined;
  context?: unknown;
}) {
  const access = await requireFamilyPermission(request, familyIdParam, "plan", "end", { context });
  const [state, language] = await Promise.all([readPlanEnd(access.familyId), requestLanguage(request)]);
  return {
    familyId: access.familyId,
    reasons: planEndReasons,
    ended: state
      ? {
          reason: state.reason,
          on: formatDay(state.endedAt, language),
          until: formatDay(state.accessEndsAt, language),
        }
      : null,
  };
}

export async function planEndAction({
  request,
  familyIdParam,
}: {
  request: Request;
  familyIdParam: string | undefined;
}) {
  const form = await readForm(request);
  const { access, intent } = await requireIntentPermission(request, familyIdParam, "planEnd", form);
  const home = `/families/${access.familyId}`;
  if (intent === "restart") {
    // Restarted already, or too late (then the space is gone on the next page anyway): home.
    await restartPlan({ access, request });
    return redirect(home);
  }
  const submission = parseSubmission(form, EndPlanSchema);
  if (submission.status !== "success") return refuse(submission);
  await endPlan({ access, reason: submission.value.reason, request });
  return redirect(home);
}
