import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { z } from "zod";

import { fallbackLanguage, supportedLanguages, type Language } from "~/i18n";
import { nationalServices } from "~/modules/directory/national-services";
import { linksOf, plainTextOf, renderMarkdown } from "~/modules/guide/markdown.server";
import { guideTopics } from "~/modules/guide/topics";

// The guidance library: one Markdown file per article and language, in content/guide/<lng>/.
// Articles are read once per process and kept; they only change with a new release.
export const guideDirectory = join(process.cwd(), "content", "guide");

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const ArticleFrontMatter = z.strictObject({
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(300),
  topic: z.enum(guideTopics),
  order: z.coerce.number().int().min(1),
  reviewed: z.iso.date(),
  // National directory services (their Open Referral ids) that help with the same thing, shown
  // as cards under the article. An id the national list does not have stops the article loading.
  related: z.array(z.enum(nationalServices.map((service) => service.id) as [string, ...string[]])),
});
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatter>;

export type ArticleSummary = ArticleFrontMatter & { slug: string };
export type Article = ArticleSummary & { html: string; text: string; links: string[] };

/** Reads the small front matter we use: `key: value` lines, and `[a, b]` lists. */
export function parseFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error("An article must start with front matter between --- lines.");
  const data: Record<string, unknown> = {};
  for (const line of match[1].split(/\r?\n/)) {
    if (!line.trim()) continue;
    const field = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!field) throw new Error(`Front matter line not understood: ${line}`);
    const value = field[2].trim();
    const list = /^\[(.*)\]$/.exec(value);
    data[field[1]] = list
      ? list[1]
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean)
      : value;
  }
  return { data, body: source.slice(match[0].length) };
}

export function parseArticle(source: string, articleSlug: string): Article {
  const { data, body } = parseFrontMatter(source);
  const parsed = ArticleFrontMatter.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `Article ${articleSlug}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`,
    );
  return {
    slug: slug.parse(articleSlug),
    ...parsed.data,
    html: renderMarkdown(body),
    text: plainTextOf(body),
    links: linksOf(body),
  };
}

const cache = new Map<Language, Map<string, Article>>();

function articlesOf(language: Language): Map<string, Article> {
  const known = cache.get(language);
  if (known) return known;
  const folder = join(guideDirectory, language);
  const articles = readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .map((file) => parseArticle(readFileSync(join(folder, file), "utf8"), file.replace(/\.md$/, "")))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  cache.set(language, bySlug);
  return bySlug;
}

const languageOf = (lng: string): Language =>
  (supportedLanguages as readonly string[]).includes(lng) ? (lng as Language) : fallbackLanguage;

/** Every article in this language, in reading order, without its body. */
export function listArticles(lng: string): ArticleSummary[] {
  return [...articlesOf(languageOf(lng)).values()].map(
    ({ html: _html, text: _text, links: _links, ...summary }) => summary,
  );
}

/** One article by its slug (the same slug in every language), or null. */
export function getArticle(lng: string, articleSlug: string): Article | null {
  return articlesOf(languageOf(lng)).get(articleSlug) ?? null;
}

export const GuideSearch = z.object({ q: z.string().trim().max(100).optional().default("") });

// Welsh mutations and accents should not stop a match: "cynhadledd" finds "gynhadledd" only
// partly, but "ŵyr" finds "wyr" and the other way round.
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A small search over titles, summaries and text: every word asked for must appear (as the
 * start of a word); matches in the title count most.
 */
export function searchArticles(lng: string, query: string): ArticleSummary[] {
  const asked = [...new Set(wordsOf(query))];
  if (asked.length === 0) return [];
  const scored: { article: Article; score: number }[] = [];
  for (const article of articlesOf(languageOf(lng)).values()) {
    const fields = [
      { words: wordsOf(article.title), weight: 5 },
      { words: wordsOf(article.summary), weight: 3 },
      { words: wordsOf(article.text), weight: 1 },
    ];
    let score = 0;
    let all = true;
    for (const word of asked) {
      const hits = fields.reduce(
        (sum, field) =>
          sum + field.weight * field.words.filter((candidate) => candidate.startsWith(word)).length,
        0,
      );
      if (hits === 0) all = false;
      score += hits;
    }
    if (all) scored.push({ article, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.article.order - b.article.order)
    .map(({ article: { html: _html, text: _text, links: _links, ...summary } }) => summary);
}
