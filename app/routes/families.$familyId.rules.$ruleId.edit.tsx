import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply, textOf } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { RuleConflict } from "~/components/rules/rule-conflict";
import { RuleForm } from "~/components/rules/rule-form";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { editRuleAction, editRulePage } from "~/modules/rules/rule-edit-page.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

// Hydrates: the writing helper updates as the person types.
export const handle: RouteHandle = { titleKey: "rules:edit.title", i18n: ["glossary", "plan", "rules"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "propose", { context });
  return editRulePage({ access, ruleIdParam: params.ruleId });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "propose");
  const form = await readForm(request);
  return editRuleAction({ request, access, ruleIdParam: params.ruleId, form });
}

export default function EditRule() {
  const { t } = useTranslation("rules");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = (
    <p>
      <Link to={`/families/${loaded.familyId}/rules/${loaded.ruleId}`} className="text-brand underline">
        {t("rule.title")}
      </Link>
    </p>
  );

  if (loaded.retired || (result && "outcome" in result && result.outcome === "retired")) {
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-3xl font-bold">{t("edit.title")}</h1>
        <p role="alert">{t("edit.retired")}</p>
      </div>
    );
  }

  if (result && "outcome" in result && result.outcome === "conflict") {
    return (
      <RuleConflict
        back={back}
        bySelf={result.bySelf}
        theirsBy={result.theirsBy}
        theirs={result.theirs}
        form={
          <RuleForm
            key={result.revision}
            id="rule-edit"
            reply={null}
            defaultValue={result.mine}
            people={loaded.people}
            worries={loaded.worries}
            revision={result.revision}
            submitLabel={t("edit.save")}
          />
        }
      />
    );
  }

  const reply = isReply(result) ? result : null;
  // A refused form keeps the revision it was started from (the conflict page's, after a clash);
  // a revision that is not one (a changed page) starts again from the saved rule.
  const typed = Number(textOf(reply?.initialValue?.revision));
  const revision = Number.isInteger(typed) && typed >= 1 && typed <= 1_000_000 ? typed : loaded.revision;
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-3xl font-bold">{t("edit.title")}</h1>
      <p>{t("edit.intro")}</p>
      <RuleForm
        id="rule-edit"
        reply={reply}
        defaultValue={loaded.values}
        people={loaded.people}
        worries={loaded.worries}
        revision={revision}
        submitLabel={t("edit.save")}
      />
    </div>
  );
}
