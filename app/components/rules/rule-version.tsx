import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import type { RuleVersionShown } from "~/modules/rules/rule-page.server";

function Names({ names }: { names: string[] }) {
  const { t } = useTranslation("rules");
  if (names.length === 0) return <>{t("rule.nobody")}</>;
  return (
    <>
      {names.map((name, index) => (
        <span key={index}>
          {index > 0 ? ", " : ""}
          <bdi>{name}</bdi>
        </span>
      ))}
    </>
  );
}

const longText = (key: string, text: string) => (
  <bdi key={key} className="whitespace-pre-line">
    {text}
  </bdi>
);

/** A version's details: who it is about, who checks it, the worry, the signs and what to do. */
export function VersionDetails({ version }: { version: RuleVersionShown }) {
  const { t } = useTranslation("rules");
  const rows: [string, ReactNode][] = [
    [t("rule.about"), <Names key="a" names={version.involved} />],
    [t("rule.checkers"), <Names key="c" names={version.checkers} />],
  ];
  if (version.worry) rows.push([t("rule.worry"), <bdi key="w">{version.worry}</bdi>]);
  if (version.warningSigns) rows.push([t("rule.warningSigns"), longText("s", version.warningSigns)]);
  rows.push([t("rule.ifBroken"), longText("b", version.ifBroken)]);
  if (version.whoToCall) rows.push([t("rule.whoToCall"), longText("p", version.whoToCall)]);
  return (
    <dl className="space-y-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="font-bold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Each answer given to a version, newest last, with the reason when there is one. */
export function Answers({ answers }: { answers: RuleVersionShown["answers"] }) {
  const { t } = useTranslation("rules");
  if (answers.length === 0) return <p>{t("rule.noAnswers")}</p>;
  return (
    <ul className="list-disc pl-6">
      {answers.map((row, index) => (
        <li key={index}>
          {isolatedName(
            (slot) => t("rule.answerLine", { name: slot, answer: t(`answer.${row.answer}`) }),
            row.name,
          )}{" "}
          ({row.date})
          {row.reason ? (
            <>
              {" "}
              {t("rule.why")} <bdi>{row.reason}</bdi>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
