import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply, textOf } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { DraftConflict } from "~/components/plan/draft-conflict";
import { DraftForm } from "~/components/plan/draft-form";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import { DRAFT_FORM_MAX_BYTES } from "~/modules/plan/draft-form.server";
import { draftAction, draftIntentForm, draftPage } from "~/modules/plan/plan-draft-page.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "plan:draft.title", i18n: ["glossary", "plan"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "plan", "write", { context });
  return draftPage({ access, request });
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Only a member who may write gets this far, so only they may send a body this size.
  await requireFamilyPermission(request, params.familyId, "plan", "write");
  const form = await readForm(request, { maxBytes: DRAFT_FORM_MAX_BYTES });
  const { access, intent } = await requireIntentPermission(
    request,
    params.familyId,
    "planDraft",
    draftIntentForm(form),
  );
  return draftAction({ access, intent, form, request });
}

export default function DraftPlan() {
  const { t } = useTranslation("plan");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { familyId, members, latestNumber } = loaded;
  const back = (
    <p>
      <Link to={`/families/${familyId}/plan`} className="text-brand underline">
        {t("draft.back")}
      </Link>
    </p>
  );

  if (result && "outcome" in result && result.outcome === "conflict") {
    return (
      <DraftConflict
        back={back}
        bySelf={result.bySelf}
        theirsBy={result.theirsBy}
        theirs={result.theirs}
        form={
          <DraftForm
            reply={null}
            defaultValue={result.mine}
            revision={result.revision}
            members={members}
            latestNumber={latestNumber}
          />
        }
      />
    );
  }

  const reply = isReply(result) ? result : null;
  // A refused form goes on from the revision it was started from (or the one just saved, when
  // publishing was refused); only a changed page sends one that is not a number.
  const typed = Number(textOf(reply?.initialValue?.revision));
  const revision = reply && Number.isInteger(typed) && typed >= 0 ? typed : loaded.revision;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("draft.title")}</h1>
      <p>
        {loaded.savedAt
          ? isolatedName(
              (slot) => t("draft.savedBy", { name: slot, date: loaded.savedAt }),
              loaded.savedBy ?? "",
            )
          : t("draft.notSaved")}
      </p>
      <p>{latestNumber > 0 ? t("draft.latest", { number: latestNumber }) : t("draft.noneYet")}</p>
      {back}
      <DraftForm
        reply={reply}
        defaultValue={loaded.values}
        revision={revision}
        members={members}
        latestNumber={latestNumber}
      />
    </div>
  );
}
