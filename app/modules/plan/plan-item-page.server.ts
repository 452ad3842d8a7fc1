// One part of the plan: what people think of it, the changes asked for, and its three forms
// (say what I think, ask for a change, answer a change), worked out here so the route stays thin.
// The route asks the guard for the intent's right first (the "planItem" intent table).
import { redirect } from "@remix-run/node";

import { familyPeople } from "~/modules/family/people.server";
import { linkTexts } from "~/modules/glossary/glossary-links.server";
import { can } from "~/modules/permissions/can";
import { recordRead, type FamilyAccess, type PartReader } from "~/modules/permissions/guard.server";
import type { IntentOf } from "~/modules/permissions/intents";
import { findItem } from "~/modules/plan/plan-items";
import {
  CorrectionAnswerSchema,
  CorrectionSchema,
  ItemIdSchema,
  ViewSchema,
} from "~/modules/plan/plan.schema.server";
import { getLatestVersion } from "~/modules/plan/plan.server";
import {
  answerCorrection,
  listCorrections,
  listViews,
  recordView,
  requestCorrection,
} from "~/modules/plan/responses.server";
import { dateFormatter, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { saveOnce } from "~/utils/submission.server";

/** The item must be in the newest published version of this family's plan. */
export async function requireItem(access: PartReader, itemIdParam: string | undefined) {
  const itemId = ItemIdSchema.safeParse(itemIdParam);
  const latest = await getLatestVersion({ access });
  const item = itemId.success && latest ? findItem(latest.content, itemId.data) : undefined;
  if (!item || !latest) throw notFound();
  return { item, version: latest.number };
}

/** The item page: the item's words, the views people gave (with history) and the corrections. */
export async function planItemPage({
  request,
  access,
  itemIdParam,
}: {
  request: Request;
  access: FamilyAccess;
  itemIdParam: string | undefined;
}) {
  const [{ item, version }, people] = await Promise.all([
    requireItem(access, itemIdParam),
    familyPeople({ familyId: access.familyId }),
  ]);
  const [views, corrections, formatDate, language] = await Promise.all([
    listViews({ access, itemId: item.id, people }),
    listCorrections({ familyId: access.familyId, itemId: item.id, people }),
    dateFormatter(request),
    requestLanguage(request),
    // The audit row names the version and the item, so it waits until both are known.
    recordRead(request, access, {
      action: "plan.view",
      entity: "planItem",
      entityId: `${version}:${item.id}`,
    }),
  ]);
  return {
    familyId: access.familyId,
    item,
    version,
    glossaryLinks: linkTexts({
      key: `item:${access.familyId}:${version}:${item.id}`,
      language,
      texts: [item.text, item.professional ?? ""],
    }),
    flags: {
      canRespond: can(access, "plan", "respond"),
      canCorrect: can(access, "plan", "correct"),
      canAnswer: can(access, "plan", "write"),
    },
    views: views.map((view) => ({ ...view, createdAt: formatDate(view.createdAt), person: undefined })),
    corrections: corrections.map((correction) => ({
      ...correction,
      createdAt: formatDate(correction.createdAt),
      respondedAt: correction.respondedAt ? formatDate(correction.respondedAt) : null,
    })),
  };
}

export type PlanItemPageData = Awaited<ReturnType<typeof planItemPage>>;
export type ViewShown = PlanItemPageData["views"][number];
export type CorrectionShown = PlanItemPageData["corrections"][number];

/**
 * The item page's forms, each posting an `intent`: a view of the item, a request to correct it,
 * or the social worker's answer to a request. Each is saved once, however often it is posted.
 */
export async function planItemAction({
  access,
  intent,
  itemIdParam,
  form,
  request,
}: {
  access: FamilyAccess;
  intent: IntentOf<"planItem">;
  itemIdParam: string | undefined;
  form: URLSearchParams;
  request: Request;
}) {
  const { item, version } = await requireItem(access, itemIdParam);
  const back = (saved: string) =>
    redirect(`/families/${access.familyId}/plan/items/${item.id}?saved=${saved}`);
  const once = { personId: access.person.id, kind: `plan.${intent}:${item.id}`, form };

  if (intent === "view") {
    const submission = parseSubmission(form, ViewSchema);
    if (submission.status !== "success") return refuse(submission);
    const view = submission.value;
    await saveOnce(once, () => recordView({ access, itemId: item.id, version, ...view, request }));
    return back("view");
  }
  if (intent === "correction") {
    const submission = parseSubmission(form, CorrectionSchema);
    if (submission.status !== "success") return refuse(submission);
    const correction = submission.value;
    await saveOnce(once, () =>
      requestCorrection({ access, itemId: item.id, version, ...correction, request }),
    );
    return back("correction");
  }
  const submission = parseSubmission(form, CorrectionAnswerSchema);
  if (submission.status !== "success") return refuse(submission);
  const answer = submission.value;
  // Another family's request, or one already answered, is not found here.
  const answered = await saveOnce(once, () => answerCorrection({ access, ...answer, request }));
  if (!answered) throw notFound();
  return back("answer");
}
