import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { RulesHome } from "~/modules/rules/rules-home.server";

/** The family home's part about rules: what waits for this person, new reports, and a way to report one broken. */
export function RulesHomePanel({
  familyId,
  counts,
  canReport,
}: {
  familyId: string;
  counts: RulesHome;
  canReport: boolean;
}) {
  const { t } = useTranslation("rules");
  if (!counts) return null;
  const lines = [
    counts.toAnswer > 0
      ? {
          key: "toAnswer",
          text: t("home.toAnswer", { count: counts.toAnswer }),
          to: `/families/${familyId}/rules`,
        }
      : null,
    counts.toEndorse > 0
      ? {
          key: "toEndorse",
          text: t("home.toEndorse", { count: counts.toEndorse }),
          to: `/families/${familyId}/rules`,
        }
      : null,
    counts.newReports > 0
      ? {
          key: "newReports",
          text: t("home.newReports", { count: counts.newReports }),
          to: `/families/${familyId}/rules/reports`,
        }
      : null,
  ].filter((line) => line !== null);
  return (
    <section aria-labelledby="rules-home-heading" className="space-y-2 rounded bg-white p-3">
      <h2 id="rules-home-heading" className="text-xl font-bold">
        {t("home.title")}
      </h2>
      {lines.length === 0 ? (
        <p>
          {t("home.nothing")}{" "}
          <Link to={`/families/${familyId}/rules`} className="text-brand underline">
            {t("home.open")}
          </Link>
        </p>
      ) : (
        <ul className="list-disc pl-6">
          {lines.map((line) => (
            <li key={line.key}>
              <Link to={line.to} className="text-brand underline">
                {line.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canReport ? (
        <p>
          <Link
            to={`/families/${familyId}/rules/report`}
            className="inline-block rounded bg-red-700 px-4 py-2 font-bold text-white"
          >
            {t("pick.title")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
