import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { familyPeople } from "~/modules/family/people.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { listReports } from "~/modules/rules/reports.server";
import type { RouteHandle } from "~/root";
import { dateFormatter, formatTime, requestLanguage } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "rules:report.listTitle", i18n: ["rules"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "view", { context });
  const [reports, people, formatDate, language] = await Promise.all([
    listReports({ access }),
    familyPeople({ familyId: access.familyId }),
    dateFormatter(request),
    requestLanguage(request),
  ]);
  return {
    familyId: access.familyId,
    seesAll: can(access.role, "rules", "recordOutcome"),
    reports: reports.map((report) => ({
      id: report.id,
      kind: report.kind,
      day: formatDate(report.happenedOn),
      time: report.happenedAt ? formatTime(report.happenedAt, language) : "",
      by: people.nameOfPerson(report.reporterId),
      date: formatDate(report.createdAt),
      followUps: report.followUps,
    })),
  };
}

export default function Reports() {
  const { t } = useTranslation("rules");
  const { familyId, seesAll, reports } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${familyId}/rules`} className="text-brand underline">
          {t("rule.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("report.listTitle")}</h1>
      <p>{seesAll ? t("report.listIntroWorker") : t("report.listIntro")}</p>
      {reports.length === 0 ? <p>{t("report.none")}</p> : null}
      <ul className="space-y-3">
        {reports.map((report) => (
          <li
            key={report.id}
            className={`rounded border-l-4 bg-white p-3 ${report.followUps > 0 ? "border-gray-500" : "border-red-700"}`}
          >
            <p className="font-bold">
              <Link to={report.id} className="text-brand underline">
                {report.time
                  ? t("report.kindLineTime", {
                      kind: t(`report.${report.kind}`),
                      day: report.day,
                      time: report.time,
                    })
                  : t("report.kindLine", { kind: t(`report.${report.kind}`), day: report.day })}
              </Link>
            </p>
            <p className="text-sm">
              {isolatedName((slot) => t("report.by", { name: slot, date: report.date }), report.by)}
            </p>
            <p>{report.followUps > 0 ? t("report.answered") : t("report.open")}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
