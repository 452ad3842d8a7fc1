import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { RuleForm } from "~/components/rules/rule-form";
import { familyPeople } from "~/modules/family/people.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { readRuleForm } from "~/modules/rules/rule-form.server";
import { nameablePeople, planWorries, proposeRule } from "~/modules/rules/rules.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

// Hydrates: the writing helper updates as the person types.
export const handle: RouteHandle = { titleKey: "rules:new.title", i18n: ["glossary", "plan", "rules"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "propose", { context });
  const [people, worries] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    planWorries({ access }),
  ]);
  return {
    familyId: access.familyId,
    people: nameablePeople(people),
    worries,
    // The writer is usually part of their own rule.
    values: {
      involved: nameablePeople(people).some((person) => person.membershipId === access.membershipId)
        ? [access.membershipId]
        : [],
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "propose");
  const form = await readForm(request);
  const read = await readRuleForm(access, form);
  if (!read.ok) return read.refusal;
  const ruleId = await saveOnce({ personId: access.person.id, kind: "rule.new", form }, () =>
    proposeRule({ access, data: read.data, request }),
  );
  return redirect(`/families/${access.familyId}/rules/${ruleId}?saved=1`);
}

export default function NewRule() {
  const { t } = useTranslation("rules");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${loaded.familyId}/rules`} className="text-brand underline">
          {t("rule.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("new.title")}</h1>
      <p>{t("new.intro")}</p>
      <RuleForm
        id="rule-new"
        reply={result ?? null}
        defaultValue={loaded.values}
        people={loaded.people}
        worries={loaded.worries}
        submitLabel={t("form.save")}
      />
    </div>
  );
}
