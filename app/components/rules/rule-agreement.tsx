import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import type { RulePageData } from "~/modules/rules/rule-page.server";

/** Where the rule stands: ended (by whom and why), or who still has to agree and the worker's yes. */
export function RuleAgreement({ status, retired }: Pick<RulePageData, "status" | "retired">) {
  const { t } = useTranslation("rules");
  if (retired)
    return (
      <section className="rounded border-l-4 border-gray-500 bg-white p-3">
        <p>{isolatedName((slot) => t("rule.endedBy", { name: slot, date: retired.date }), retired.by)}</p>
        <p>
          {t("rule.why")} <bdi>{retired.reason}</bdi>
        </p>
      </section>
    );
  return (
    <section
      aria-labelledby="agree-heading"
      className={`rounded border-l-4 bg-white p-3 ${status.state === "agreed" ? "border-green-700" : "border-red-700"}`}
    >
      <h2 id="agree-heading" className="text-xl font-bold">
        {status.stillToAgree.length > 0 ? t("rule.stillToAgree") : t("rule.everyoneAgreed")}
      </h2>
      {status.stillToAgree.length > 0 ? (
        <ul className="list-disc pl-6">
          {status.stillToAgree.map((row, index) => (
            <li key={index}>
              <bdi>{row.name}</bdi>: {row.answer ? t(`answer.${row.answer}`) : t("answer.none")}
              {row.reason ? (
                <>
                  {" "}
                  ({t("rule.why")} <bdi>{row.reason}</bdi>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>{status.endorsed ? t("rule.endorsed") : t("rule.notEndorsed")}</p>
    </section>
  );
}
