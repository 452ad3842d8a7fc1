import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getArticle } from "~/modules/guide/articles.server";
import { notFound } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter, requestLanguage } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "guide:index.title", hydrate: false, i18n: ["guide"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const article = getArticle(await requestLanguage(request), params.slug ?? "");
  if (!article) throw notFound();
  const formatDate = await dateFormatter(request);
  return {
    pageTitle: article.title,
    title: article.title,
    summary: article.summary,
    reviewed: formatDate(new Date(`${article.reviewed}T12:00:00Z`)),
    // Rendered on the server from our own Markdown with raw HTML off and unsafe links dropped.
    html: article.html,
  };
}

export default function GuideArticle() {
  const { title, summary, reviewed, html } = useLoaderData<typeof loader>();
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
    </article>
  );
}
