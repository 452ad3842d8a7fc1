import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { PhoneLink } from "~/components/phone-link";
import { SharedWithYou } from "~/components/sharing/shared-with-you";
import { lastCheckedLabel } from "~/modules/directory/directory-view.server";
import { familyRightsGroupAdviceLine } from "~/modules/directory/national-services";
import { statusText } from "~/modules/directory/opening-text";
import { serviceText } from "~/modules/directory/oruk";
import { statusFor } from "~/modules/directory/status.server";
import { listArticles } from "~/modules/guide/articles.server";
import { guideArticlePath, guideSectionsFor } from "~/modules/guide/topics";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { sharedWithYou } from "~/modules/sharing/sharing.server";
import type { RouteHandle } from "~/root";
import { requestLanguage } from "~/utils/dates.server";

export const handle: RouteHandle = {
  titleKey: "family:sections.help.title",

  i18n: ["family", "guide", "kinship"],
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "help", "view", { context });
  const language = await requestLanguage(request);
  const line = familyRightsGroupAdviceLine;
  const articles = listArticles(language).map(({ slug, title, summary, topic }) => ({
    slug,
    title,
    summary,
    topic,
  }));
  return {
    shared: await sharedWithYou(request, access),
    adviceLine: {
      ...serviceText(line, language),
      number: line.phones[0].number,
      status: statusFor(line, new Date(), language),
      lastChecked: lastCheckedLabel(line.assured_date, language),
    },
    guide: guideSectionsFor(access.role, articles),
  };
}

export default function HelpPage() {
  const { t, i18n } = useTranslation("help");
  const { shared, adviceLine, guide } = useLoaderData<typeof loader>();
  const langOf = (lang: string) => (lang === i18n.language ? {} : { lang });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("family:sections.help.title")}</h1>
      <p>{t("family:sections.help.intro")}</p>
      <SharedWithYou items={shared} />
      <section aria-labelledby="advice-line" className="rounded border-2 border-green-800 bg-white p-4">
        <h2 id="advice-line" className="text-xl font-bold" {...langOf(adviceLine.nameLang)}>
          {adviceLine.name}
        </h2>
        <p {...langOf(adviceLine.descriptionLang)}>{adviceLine.description}</p>
        <p className="mt-2 text-2xl">
          <PhoneLink number={adviceLine.number} />
        </p>
        <p
          className={`font-bold ${adviceLine.status.state === "closed" ? "text-gray-800" : "text-green-800"}`}
        >
          {statusText(adviceLine.status, t)}
        </p>
        <p>{t("adviceLine.hours")}</p>
        <p className="text-sm text-gray-700">
          {t("directory:entry.lastChecked", { date: adviceLine.lastChecked })}
        </p>
      </section>
      <section aria-labelledby="guide" className="space-y-4">
        <h2 id="guide" className="text-2xl font-bold">
          {t("guide.title")}
        </h2>
        <p>{t("guide.intro")}</p>
        {guide.map((section) => (
          <section
            key={section.topic}
            aria-labelledby={`topic-${section.topic}`}
            className="rounded bg-white p-4"
          >
            <h3 id={`topic-${section.topic}`} className="text-xl font-bold">
              {section.topic === "kinship" ? t("guide.kinshipTopic") : t(`guide:topics.${section.topic}`)}
            </h3>
            <ul className="mt-2 space-y-2">
              {section.articles.map((article) => (
                <li key={article.slug}>
                  <Link to={guideArticlePath(article.slug)} className="font-bold text-brand underline">
                    {article.title}
                  </Link>
                  <p>{article.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          <Link to="/help/guide" className="text-brand underline">
            {t("guide:links.help")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="find-support" className="space-y-2">
        <h2 id="find-support" className="text-2xl font-bold">
          {t("findSupport.title")}
        </h2>
        <p>{t("findSupport.intro")}</p>
        <p>
          <Link to="/directory" className="font-bold text-brand underline">
            {t("findSupport.link")}
          </Link>
        </p>
      </section>
      <p>
        <Link to="/cover-your-tracks" className="text-brand underline">
          {t("coverTracks.title")}
        </Link>
      </p>
    </div>
  );
}
