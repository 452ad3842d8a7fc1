import { useTranslation } from "react-i18next";

import { explainerSlug, meetingKinds } from "~/modules/meetings/meeting-kinds";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = {
  titleKey: "meetings:explainer.guideTitle",

  i18n: ["meetings"],
};

// Public on purpose, like the glossary: it holds nothing about any family, and people read it
// before a meeting, signed in or not. Each kind has its own anchor for the explainer links.
export default function MeetingGuide() {
  const { t } = useTranslation("meetings");
  const rights = t("explainer.rightsList", { returnObjects: true }) as string[];
  const parts = ["what", "who", "happens"] as const;
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{t("explainer.guideTitle")}</h1>
      <p>{t("explainer.guideIntro")}</p>
      <nav aria-label={t("explainer.allKinds")}>
        <ul className="list-disc pl-6">
          {meetingKinds.map((kind) => (
            <li key={kind}>
              <a href={`#${explainerSlug(kind)}`} className="text-brand underline">
                {t(`kinds.${kind}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {meetingKinds.map((kind) => (
        <section
          key={kind}
          id={explainerSlug(kind)}
          aria-labelledby={`${explainerSlug(kind)}-heading`}
          className="scroll-mt-4 space-y-2 rounded bg-white p-3 target:outline target:outline-4 target:outline-focus"
        >
          <h2 id={`${explainerSlug(kind)}-heading`} className="text-2xl font-bold">
            {t(`kinds.${kind}`)}
          </h2>
          {parts.map((part) => (
            <div key={part}>
              <h3 className="text-lg font-bold">{t(`explainer.${part}`)}</h3>
              <p>{t(`explainers.${kind}.${part}`)}</p>
            </div>
          ))}
          <h3 className="text-lg font-bold">{t("explainer.rights")}</h3>
          <ul className="list-disc pl-6">
            {rights.map((right) => (
              <li key={right}>{right}</li>
            ))}
          </ul>
          <h3 className="text-lg font-bold">{t("explainer.prepare")}</h3>
          <p>{t(`explainers.${kind}.prepare`)}</p>
        </section>
      ))}
    </article>
  );
}
