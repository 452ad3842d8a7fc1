import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { WhatToDoNow } from "~/components/what-to-do-now";
import { whatToDoNumbers } from "~/modules/organisation/contacts.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { rulesToReport } from "~/modules/rules/reports.server";
import type { RouteHandle } from "~/root";

// "Report a broken rule" from the family home and the rules list: pick the rule, then the
// rule's own report form. Plain links, so it works without JavaScript.
export const handle: RouteHandle = { titleKey: "rules:pick.title", i18n: ["rules"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "report", { context });
  const [rules, numbers] = await Promise.all([
    rulesToReport({ familyId: access.familyId }),
    whatToDoNumbers({ familyId: access.familyId }),
  ]);
  // One rule in use: nothing to choose.
  if (rules.length === 1) throw redirect(`/families/${access.familyId}/rules/${rules[0].id}/report`);
  return {
    familyId: access.familyId,
    rules,
    numbers: { socialWorkPhone: numbers.socialWorkPhone, outOfHoursPhone: numbers.outOfHoursPhone },
  };
}

export default function PickRuleToReport() {
  const { t } = useTranslation("rules");
  const { familyId, rules, numbers } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${familyId}/rules`} className="text-brand underline">
          {t("rule.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("pick.title")}</h1>
      <WhatToDoNow {...numbers} />
      {rules.length === 0 ? (
        <p>{t("pick.none")}</p>
      ) : (
        <section aria-labelledby="pick-heading" className="space-y-3">
          <h2 id="pick-heading" className="text-xl font-bold">
            {t("pick.which")}
          </h2>
          <p>{t("pick.hint")}</p>
          <ul className="space-y-2">
            {rules.map((rule) => (
              <li key={rule.id} className="rounded bg-white p-3">
                <Link to={`/families/${familyId}/rules/${rule.id}/report`} className="text-brand underline">
                  <bdi>{rule.text}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
