import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Answers, VersionDetails } from "~/components/rules/rule-version";
import type { RulePageData } from "~/modules/rules/rule-page.server";

/** Earlier versions, each folded away with its answers. */
export function EarlierVersions({ earlier }: Pick<RulePageData, "earlier">) {
  const { t } = useTranslation("rules");
  if (earlier.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading" className="space-y-2">
      <h2 id="versions-heading" className="text-xl font-bold">
        {t("rule.versionsTitle")}
      </h2>
      {earlier.map((version) => (
        <details key={version.number} className="rounded bg-white p-3">
          <summary className="cursor-pointer text-brand underline">
            {t("rule.versionN", { number: version.number, date: version.date })}
          </summary>
          <p className="mt-2 font-bold" dir="auto">
            {version.text}
          </p>
          <VersionDetails version={version} />
          <h3 className="mt-2 font-bold">{t("rule.answersTitle")}</h3>
          <Answers answers={version.answers} />
        </details>
      ))}
    </section>
  );
}

/** Everything that happened to the rule, oldest first. */
export function RuleHistory({ history }: Pick<RulePageData, "history">) {
  const { t } = useTranslation("rules");
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-xl font-bold">
        {t("rule.historyTitle")}
      </h2>
      <ol className="list-decimal space-y-1 pl-6 text-sm">
        {history.map((event, index) => (
          <li key={index}>
            {event.date}:{" "}
            {isolatedName(
              (slot) =>
                t(`rule.history.${event.kind}`, {
                  name: slot,
                  number: event.number,
                  answer: event.answer ? t(`answer.${event.answer}`) : "",
                }),
              event.name,
            )}
            {event.reason ? (
              <>
                {" "}
                {t("rule.why")} <bdi>{event.reason}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
