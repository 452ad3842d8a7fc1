import { useTranslation } from "react-i18next";

import { SavedFirstConflict, type SavedFirstProps } from "~/components/forms/conflict-page";

export type TheirVersion = {
  text: string;
  involved: string[];
  checkers: string[];
  warningSigns: string;
  ifBroken: string;
  whoToCall: string;
};

/** "Someone saved first" for a rule: their version to read, then this person's words in `form`. */
export function RuleConflict({ theirs, ...rest }: SavedFirstProps<TheirVersion>) {
  const { t } = useTranslation("rules");
  return (
    <SavedFirstConflict
      ns="rules"
      {...rest}
      theirs={
        <>
          <p className="font-bold" dir="auto">
            {theirs.text}
          </p>
          <dl className="space-y-1">
            <dt className="font-bold">{t("rule.about")}</dt>
            <dd>
              <bdi>{theirs.involved.join(", ")}</bdi>
            </dd>
            <dt className="font-bold">{t("rule.checkers")}</dt>
            <dd>
              <bdi>{theirs.checkers.join(", ") || t("rule.nobody")}</bdi>
            </dd>
            {theirs.warningSigns ? (
              <>
                <dt className="font-bold">{t("rule.warningSigns")}</dt>
                <dd dir="auto">{theirs.warningSigns}</dd>
              </>
            ) : null}
            <dt className="font-bold">{t("rule.ifBroken")}</dt>
            <dd dir="auto">{theirs.ifBroken}</dd>
            {theirs.whoToCall ? (
              <>
                <dt className="font-bold">{t("rule.whoToCall")}</dt>
                <dd dir="auto">{theirs.whoToCall}</dd>
              </>
            ) : null}
          </dl>
        </>
      }
    />
  );
}
