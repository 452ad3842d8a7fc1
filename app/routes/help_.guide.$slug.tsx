import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ServiceCard } from "~/components/directory/service-card";
import { Link } from "~/components/link";
import { serviceSummary } from "~/modules/directory/directory-view.server";
import { nationalEntries } from "~/modules/directory/directory.server";
import { getArticle } from "~/modules/guide/articles.server";
import type { RouteHandle } from "~/root";
import { dateFormatter, requestLanguage } from "~/utils/dates.server";
import { notFound } from "~/utils/http.server";

export const handle: RouteHandle = { titleKey: "guide:index.title", i18n: ["guide"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = await requestLanguage(request);
  const article = getArticle(language, params.slug ?? "");
  if (!article) throw notFound();
  const formatDate = await dateFormatter(request);
  const now = new Date();
  const related = await nationalEntries(article.related);
  return {
    services: related.map((entry) => serviceSummary(entry.id, entry.service, now, language)),
    pageTitle: article.title,
    title: article.title,
    summary: article.summary,
    reviewed: formatDate(new Date(`${article.reviewed}T12:00:00Z`)),
    // Rendered on the server from our own Markdown with raw HTML off and unsafe links dropped.
    html: article.html,
  };
}

export default function GuideArticle() {
  const { title, summary, reviewed, html, services } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guide");
  return (
    <article className="space-y-4">
      <p>
        <Link to="/help/guide" className="text-brand underline">
          {t("article.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-lg">{summary}</p>
      <p className="text-sm text-gray-700">{t("article.reviewed", { date: reviewed })}</p>
      <div className="guide-article space-y-4" dangerouslySetInnerHTML={{ __html: html }} />
      {services.length > 0 ? (
        <section aria-labelledby="related-services" className="space-y-3">
          <h2 id="related-services" className="text-xl font-bold">
            {t("article.related")}
          </h2>
          <ul className="space-y-4">
            {services.map((service) => (
              <ServiceCard key={service.id} service={service} headingLevel={3} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
