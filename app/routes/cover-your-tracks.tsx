import { useTranslation } from "react-i18next";

import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "help:coverTracks.title" };

const sections = ["exit", "history", "private", "email", "shared", "help"] as const;

export default function CoverYourTracks() {
  const { t } = useTranslation("help");
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{t("coverTracks.title")}</h1>
      <p>{t("coverTracks.intro")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`tracks-${section}`} className="space-y-2">
          <h2 id={`tracks-${section}`} className="text-xl font-bold">
            {t(`coverTracks.${section}.title`)}
          </h2>
          <p>{t(`coverTracks.${section}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
