import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Shown = {
  who: string;
  whenText: string;
  place: string;
  supervised: boolean;
  supervisor: string;
  ownSteps: string;
  stopped: boolean;
};

/** One version of a contact arrangement, as the page shows it. */
export function ArrangementDetails({
  version,
  heading,
  level = 2,
}: {
  version: Shown;
  heading: ReactNode;
  level?: 2 | 3;
}) {
  const { t } = useTranslation("kinship");
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="rounded border-2 border-gray-300 bg-white p-4 [overflow-wrap:anywhere] break-words">
      <Heading className="text-lg font-bold">{heading}</Heading>
      <dl className="mt-2 grid gap-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t("contact.form.who")}</dt>
        <dd dir="auto">{version.who}</dd>
        <dt className="font-bold">{t("contact.form.when")}</dt>
        <dd dir="auto">{version.whenText}</dd>
        <dt className="font-bold">{t("contact.form.place")}</dt>
        <dd dir="auto">{version.place}</dd>
        <dt className="font-bold">{t("contact.form.supervised")}</dt>
        <dd>
          {t(version.supervised ? "contact.supervisedYes" : "contact.supervisedNo")}
          {version.supervised && version.supervisor ? (
            <>
              {" "}
              (<bdi>{version.supervisor}</bdi>)
            </>
          ) : null}
        </dd>
        <dt className="font-bold">{t("contact.form.ownSteps")}</dt>
        <dd className="whitespace-pre-line" dir="auto">
          {version.ownSteps || t("contact.noOwnSteps")}
        </dd>
      </dl>
      {version.stopped ? <p className="mt-2 font-bold">{t("contact.stopped")}</p> : null}
    </div>
  );
}
