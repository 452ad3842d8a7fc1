import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";

/**
 * A family member's "this is wrong" as the paper page and the meeting page both show it: who
 * marked it and when, the late flag, what is wrong and what it should say. The pages word the
 * "should say" line differently (the meeting page speaks of the family), so it is passed in.
 */
export function MarkBody({
  mark,
  shouldSayLabel,
}: {
  mark: { by: string; at: string; late: boolean; whatIsWrong: string; shouldSay: string };
  shouldSayLabel: string;
}) {
  const { t } = useTranslation("meetings");
  return (
    <>
      <p className="text-sm text-gray-700">
        {isolatedName((name) => t("sections.markBy", { name, at: mark.at }), mark.by)}
      </p>
      {mark.late ? <p className="font-bold text-red-800">{t("sections.late")}</p> : null}
      <p>
        <strong>{t("sections.whatIsWrong")}</strong>{" "}
        <bdi className="whitespace-pre-line">{mark.whatIsWrong}</bdi>
      </p>
      <p>
        <strong>{shouldSayLabel}</strong> <bdi className="whitespace-pre-line">{mark.shouldSay}</bdi>
      </p>
    </>
  );
}
