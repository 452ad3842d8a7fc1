import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { replyFor } from "~/components/forms/use-server-form";
import { BackToPlan } from "~/components/plan/back-to-plan";
import { GlossaryLinksContext, GlossaryText } from "~/components/plan/glossary-text";
import { ItemCorrections } from "~/components/plan/item-corrections";
import { ItemViews } from "~/components/plan/item-views";
import { ViewForm } from "~/components/plan/view-form";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import { planItemAction, planItemPage } from "~/modules/plan/plan-item-page.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

// A reading page whose forms post without JavaScript.
export const handle: RouteHandle = { titleKey: "plan:item.title", i18n: ["plan"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // The audit row names the version and the item, so the page module writes it.
  const access = await requireFamilyPermission(request, params.familyId, "plan", "view", {
    context,
    audit: "later",
  });
  return planItemPage({ request, access, itemIdParam: params.itemId });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { access, intent } = await requireIntentPermission(request, params.familyId, "planItem", form);
  return planItemAction({ access, intent, itemIdParam: params.itemId, form, request });
}

export default function PlanItem() {
  const { t } = useTranslation("plan");
  const { familyId, item, flags, views, corrections, glossaryLinks } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();

  return (
    <div className="space-y-8">
      <BackToPlan familyId={familyId} itemId={item.id} />
      <GlossaryLinksContext.Provider value={glossaryLinks}>
        <div>
          <p className="text-sm font-bold text-gray-700 uppercase">{t(`kind.${item.kind}`)}</p>
          <h1 className="text-2xl font-bold">
            <GlossaryText text={item.text} />
          </h1>
          {item.professional ? (
            <p className="mt-2 text-sm">
              {t("read.professionalWords")}: <GlossaryText text={item.professional} />
            </p>
          ) : null}
        </div>
      </GlossaryLinksContext.Provider>

      <ItemViews views={views} />
      {flags.canRespond ? <ViewForm reply={replyFor(result, "view")} /> : null}
      <ItemCorrections
        corrections={corrections}
        canAnswer={flags.canAnswer}
        canCorrect={flags.canCorrect}
        answerReply={replyFor(result, "answer")}
        correctionReply={replyFor(result, "correction")}
      />
    </div>
  );
}
