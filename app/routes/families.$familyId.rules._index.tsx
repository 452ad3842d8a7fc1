import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { familyPeople } from "~/modules/family/people.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { listRules } from "~/modules/rules/rules.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "rules:list.title", i18n: ["rules"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "view", { context });
  const [rules, people] = await Promise.all([
    listRules({ familyId: access.familyId }),
    familyPeople({ familyId: access.familyId }),
  ]);
  return {
    familyId: access.familyId,
    canPropose: can(access, "rules", "propose"),
    canReport: can(access, "rules", "report"),
    rules: rules.map((rule) => ({
      id: rule.id,
      text: rule.current.text,
      number: rule.current.number,
      state: rule.status.state,
      endorsed: rule.status.endorsed,
      stillToAgree: rule.status.stillToAgree.map((row) => people.nameOfMember(row.membershipId)),
    })),
  };
}

export default function RulesPage() {
  const { t } = useTranslation("rules");
  const { familyId, canPropose, canReport, rules } = useLoaderData<typeof loader>();
  const current = rules.filter((rule) => rule.state !== "retired");
  const ended = rules.filter((rule) => rule.state === "retired");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      <ul className="flex flex-wrap gap-4">
        {canPropose ? (
          <li>
            <Link to="new" className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("list.new")}
            </Link>
          </li>
        ) : null}
        {canReport && current.length > 0 ? (
          <li>
            <Link to="report" className="inline-block rounded bg-red-700 px-4 py-2 font-bold text-white">
              {t("pick.title")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="reports" className="inline-block px-1 py-2 text-brand underline">
            {t("list.reports")}
          </Link>
        </li>
      </ul>
      {rules.length === 0 ? <p>{t("list.none")}</p> : null}
      {current.length > 0 ? (
        <section aria-labelledby="current-heading" className="space-y-3">
          <h2 id="current-heading" className="text-xl font-bold">
            {t("list.current")}
          </h2>
          <RuleList familyId={familyId} rules={current} />
        </section>
      ) : null}
      {ended.length > 0 ? (
        <section aria-labelledby="ended-heading" className="space-y-3">
          <h2 id="ended-heading" className="text-xl font-bold">
            {t("list.ended")}
          </h2>
          <RuleList familyId={familyId} rules={ended} />
        </section>
      ) : null}
    </div>
  );
}

type Row = {
  id: string;
  text: string;
  number: number;
  state: string;
  endorsed: boolean;
  stillToAgree: string[];
};

function RuleList({ familyId, rules }: { familyId: string; rules: Row[] }) {
  const { t } = useTranslation("rules");
  return (
    <ul className="space-y-3">
      {rules.map((rule) => (
        <li
          key={rule.id}
          className={`rounded border-l-4 bg-white p-3 ${rule.state === "agreed" ? "border-green-700" : "border-gray-500"}`}
        >
          <p className="font-bold">
            <Link to={`/families/${familyId}/rules/${rule.id}`} className="text-brand underline">
              <bdi>{rule.text}</bdi>
            </Link>
          </p>
          <p>
            <strong>{t(`state.${rule.state}`)}</strong> · {t("list.version", { number: rule.number })}
          </p>
          {rule.state === "waiting" && rule.stillToAgree.length > 0 ? (
            <p>
              {t("list.stillToAgree")}{" "}
              {rule.stillToAgree.map((name, index) => (
                <span key={index}>
                  {index > 0 ? ", " : ""}
                  <bdi>{name}</bdi>
                </span>
              ))}
            </p>
          ) : null}
          {rule.state === "waiting" && !rule.endorsed ? <p>{t("list.waitingForWorker")}</p> : null}
        </li>
      ))}
    </ul>
  );
}
