import type { Language } from "~/i18n";
import type { GlossaryLinks, LinkedPiece } from "~/modules/glossary/linked-text";
import { findJargon, glossaryFromResource, type GlossaryEntry } from "~/modules/readability/readability";
import { getNamespaceFile, getResources } from "~/utils/locales.server";

const glossaries = new Map<Language, { version: string; entries: GlossaryEntry[] }>();

/**
 * The glossary of one language. The same array is returned while the strings stay the same
 * (same content hash), so its combined matcher is compiled once per language.
 */
export function glossaryFor(language: Language): GlossaryEntry[] {
  return currentGlossary(language).entries;
}

function currentGlossary(language: Language) {
  const version = getNamespaceFile(language, "glossary")?.version ?? "";
  const known = glossaries.get(language);
  if (known && known.version === version) return known;
  const current = { version, entries: glossaryFromResource(getResources()[language]?.glossary) };
  glossaries.set(language, current);
  return current;
}

/** One text as pieces, or null when it holds no glossary term. */
export function linkText(text: string, glossary: GlossaryEntry[]): LinkedPiece[] | null {
  const matches = findJargon(text, glossary);
  if (matches.length === 0) return null;
  const pieces: LinkedPiece[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) pieces.push(text.slice(at, match.start));
    pieces.push({ text: match.match, slug: match.slug, plain: match.plain });
    at = match.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

// A published version never changes, so its texts are linked once per version and language
// and kept. The oldest entry goes when the cache is full.
const MAX_CACHED = 2_000;
const cache = new Map<string, GlossaryLinks>();

/**
 * The linked form of every text that holds a term. `key` names content that never changes
 * (a published version, a pair of versions); the language is added to it.
 */
export function linkTexts({
  key,
  language,
  texts,
}: {
  key: string;
  language: Language;
  texts: string[];
}): GlossaryLinks {
  const { version, entries: glossary } = currentGlossary(language);
  // The strings' hash is part of the key: a changed glossary links again.
  const cacheKey = `${language}:${version}:${key}`;
  const known = cache.get(cacheKey);
  if (known) return known;
  const links: GlossaryLinks = {};
  for (const text of texts) {
    if (!text || text in links) continue;
    const pieces = linkText(text, glossary);
    if (pieces) links[text] = pieces;
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, links);
  return links;
}
