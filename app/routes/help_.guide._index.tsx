import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import {
  GuideSearch,
  listArticles,
  searchArticles,
  type ArticleSummary,
} from "~/modules/guide/articles.server";
import { guideArticlePath, guideTopics } from "~/modules/guide/topics";
import type { RouteHandle } from "~/root";
import { requestLanguage } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "guide:index.title", i18n: ["guide"] };

// Public on purpose, like the glossary: it holds no family data, and people read it before
// they have an account. The search is a plain GET form, so it works without JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const language = await requestLanguage(request);
  const parsed = GuideSearch.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const query = parsed.success ? parsed.data.q : "";
  const brief = ({ slug, title, summary, topic }: ArticleSummary) => ({ slug, title, summary, topic });
  return {
    query,
    tooLong: !parsed.success,
    results: query ? searchArticles(language, query).map(brief) : null,
    articles: listArticles(language).map(brief),
  };
}

type Brief = { slug: string; title: string; summary: string };

function ArticleList({ articles }: { articles: Brief[] }) {
  return (
    <ul className="space-y-3">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link to={guideArticlePath(article.slug)} className="text-lg font-bold text-brand underline">
            {article.title}
          </Link>
          <p>{article.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export default function GuideIndex() {
  const { query, tooLong, results, articles } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guide");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("index.title")}</h1>
      <p>{t("index.intro")}</p>
      <Form method="get" role="search" className="space-y-2 rounded bg-white p-4">
        <label htmlFor="guide-search" className="block font-bold">
          {t("index.searchLabel")}
        </label>
        <p id="guide-search-hint" className="text-sm text-gray-700">
          {t("index.searchHint")}
        </p>
        {tooLong ? (
          <p id="guide-search-error" className="font-bold text-red-800">
            {t("index.tooLong")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <input
            id="guide-search"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            aria-describedby={tooLong ? "guide-search-hint guide-search-error" : "guide-search-hint"}
            aria-invalid={tooLong || undefined}
            className="min-w-0 flex-1 rounded border-2 border-gray-700 px-3 py-2"
          />
          <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
            {t("index.searchButton")}
          </button>
        </div>
      </Form>
      {results ? (
        <section aria-labelledby="guide-results" className="space-y-3">
          <h2 id="guide-results" className="text-xl font-bold">
            {t("index.resultsTitle")}
          </h2>
          {results.length > 0 ? <ArticleList articles={results} /> : <p>{t("index.noResults")}</p>}
          <p>
            <Link to="/help/guide" className="text-brand underline">
              {t("index.showAll")}
            </Link>
          </p>
        </section>
      ) : (
        guideTopics.map((topic) => {
          const inTopic = articles.filter((article) => article.topic === topic);
          if (inTopic.length === 0) return null;
          return (
            <section key={topic} aria-labelledby={`topic-${topic}`} className="space-y-3">
              <h2 id={`topic-${topic}`} className="text-xl font-bold">
                {t(`topics.${topic}`)}
              </h2>
              <ArticleList articles={inTopic} />
            </section>
          );
        })
      )}
    </div>
  );
}
