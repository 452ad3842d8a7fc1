import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { RulePageData } from "~/modules/rules/rule-page.server";

/** The reports about this rule that the viewer may read, each marked answered or open. */
export function RuleReportsList({ familyId, reports }: Pick<RulePageData, "familyId" | "reports">) {
  const { t } = useTranslation("rules");
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="reports-heading" className="space-y-2">
      <h2 id="reports-heading" className="text-xl font-bold">
        {t("rule.reportsTitle")}
      </h2>
      <ul className="list-disc pl-6">
        {reports.map((report) => (
          <li key={report.id}>
            <Link to={`/families/${familyId}/rules/reports/${report.id}`} className="text-brand underline">
              {t("report.kindLine", { kind: t(`report.${report.kind}`), day: report.day })}
            </Link>{" "}
            {report.followUps > 0 ? t("report.answered") : t("report.open")}
          </li>
        ))}
      </ul>
    </section>
  );
}
