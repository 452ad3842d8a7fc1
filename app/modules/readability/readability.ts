// Plain-language checks for English text: Flesch reading ease, long sentences and jargon.
// Pure and dependency-free, so the same code runs on the server, in the browser and in tests.

export type FleschBand =
  "veryEasy" | "easy" | "fairlyEasy" | "standard" | "fairlyDifficult" | "difficult" | "veryDifficult";

export type GlossaryEntry = {
  slug: string;
  term: string;
  aliases: string[];
  plain: string;
  definition: string;
  /** The entry's phrases that are also everyday English: they never link on their own. */
  everyday?: string[];
};

export type JargonMatch = {
  slug: string;
  term: string;
  plain: string;
  start: number;
  end: number;
  match: string;
};

export type ReadabilityReport = {
  score: number;
  band: FleschBand;
  longSentences: string[];
  jargon: JargonMatch[];
};

// ---------------------------------------------------------------------------------------------
// Syllables
// ---------------------------------------------------------------------------------------------

const stripMarks = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/** Syllables of a spelled-out letter: "W" is "double-u", every other letter has one. */
const spelled = (letters: string) =>
  [...letters.toLowerCase()].reduce((sum, letter) => sum + (letter === "w" ? 3 : 1), 0);

const ONES = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero, one … nine
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten, eleven … nineteen
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // twenty … ninety

function belowHundred(n: number): number {
  if (n < 10) return ONES[n];
  if (n < 20) return TEENS[n - 10];
  return TENS[Math.floor(n / 10)] + (n % 10 ? ONES[n % 10] : 0);
}

function belowThousand(n: number): number {
  if (n < 100) return belowHundred(n);
  const rest = n % 100;
  // "three hundred (and) five"
  return ONES[Math.floor(n / 100)] + 2 + (rest ? 1 + belowHundred(rest) : 0);
}

/** How many syllables it takes to say a run of digits aloud. */
function digitSyllables(digits: string): number {
  // Codes, phone numbers ("0808", "999") and anything with a leading zero are read digit by
  // digit; a zero is then said "oh".
  if (digits.length > 4 || (digits.length > 1 && digits.startsWith("0")) || /^(\d)\1\1$/.test(digits)) {
    return [...digits].reduce((sum, digit) => sum + (digit === "0" ? 1 : ONES[Number(digit)]), 0);
  }
  const n = Number(digits);
  if (n < 1000) return belowThousand(n);
  if (n % 1000 === 0) return ONES[n / 1000] + 2; // "two thousand"
  // Most four-digit numbers people meet are years, read in pairs: "twenty twenty-six".
  const high = Math.floor(n / 100);
  const low = n % 100;
  return belowHundred(high) + (low === 0 ? 2 : low < 10 ? 1 + ONES[low] : belowHundred(low));
}

const ORDINAL_ENDINGS = new Set(["st", "nd", "rd", "th"]);

/** Endings that are their own syllable and often hide a silent "e" before them: "safe|ly", "any|one". */
const SUFFIXES = ["fully", "ful", "less", "ness", "ment", "ments", "ly", "one", "ones"];
/** First halves of compound words that end in a silent "e": "some|times", "safe|guarding". */
const PREFIXES = [
  "some",
  "home",
  "care",
  "life",
  "time",
  "safe",
  "where",
  "there",
  "here",
  "else",
  "like",
  "house",
  "whole",
];

function englishSyllables(raw: string): number {
  const word = raw.toLowerCase().replace(/[^a-z]/g, "");
  if (!word) return 0;

  // "every" is usually said in two syllables: "ev-ry", "ev-ry-thing".
  if (word.startsWith("every")) return 2 + (word.length > 5 ? englishSyllables(word.slice(5)) : 0);
  for (const prefix of PREFIXES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= 3 && /[aeiouy]/.test(rest))
      return 1 + englishSyllables(rest);
  }
  for (const suffix of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      if (stem.length >= 3 && /[aeiouy]/.test(stem)) return stemSyllables(stem) + stemSyllables(suffix);
    }
  }
  return stemSyllables(word);
}

function stemSyllables(word: string): number {
  // "y" is a consonant before a vowel ("you", "player", "beyond") and a vowel otherwise ("my", "baby").
  const marked = word.replace(/y(?=[aeiou])/g, "Y");
  const groups = marked.match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  if (count === 0) return 1;

  if (count > 1) {
    // Silent final e: "make", "whole", "are" — but not "table", "free", "value".
    if (/[^aeiouy]e$/.test(marked) && !/[^aeiouyl]le$/.test(marked)) count--;
    // Silent -es: "makes", "rules" — but not "horses", "places", "changes", "watches", "tables".
    else if (
      /[^aeiouy]es$/.test(marked) &&
      !/(?:[sxzcg]|ch|sh)es$/.test(marked) &&
      !/[^aeiouyl]les$/.test(marked)
    )
      count--;
    // Silent -ed: "worked", "called" — but not "wanted", "needed", "hundred".
    else if (/[^aeiouy]ed$/.test(marked) && !/[td]ed$/.test(marked) && !/[^aeiouy]red$/.test(marked)) count--;
  }

  if (/[aeiou][^aeiouy]ety$/.test(word)) count--; // safety, ninety

  // Vowel pairs said as two syllables.
  if (/[^aeiou]ia$/.test(word)) count++; // media
  if (/[^tscxgq]io(?![nu])/.test(word)) count++; // violence, period, radio
  if (/[^tcsq]ie(?:nt|nce|t)/.test(word)) count++; // client, experience, quiet
  if (/[^tscxg]ious/.test(word)) count++; // serious, various
  if (/[^aeiou]iu/.test(word)) count++; // medium
  if (/[^qg]ua/.test(word) && !/^ua/.test(word)) count++; // usual, actual
  if (/[^aeiou]ea$/.test(word)) count++; // idea, area
  if (/[aeiou]ings?$/.test(word)) count++; // being, going, doing
  if (/[^aeiou]sm$/.test(word)) count++; // autism
  if (/^coo[pr]/.test(word)) count++; // cooperate, coordinator
  if (/^(?:neo|geo)/.test(word)) count++; // neonatal
  if (/.[^aeiou]i(?:er|est)$/.test(word)) count++; // easier, happiest

  return Math.max(1, count);
}

/**
 * A heuristic count of English syllables in one word. Handles silent final e, -le, -es and -ed
 * endings, "y" as a vowel, abbreviations said letter by letter ("NHS", "e.g."), and numbers
 * said aloud ("9.30am" is "nine thirty a m"). Always at least 1.
 */
export function countSyllables(word: string): number {
  const clean = stripMarks(word.trim()).replace(/[’']/g, "");
  if (!clean) return 1;

  // Dotted abbreviations: "e.g.", "i.e.", "a.m.", "U.K."
  if (/^(?:[a-z]\.){2,}$|^(?:[a-z]\.)+[a-z]$/i.test(clean))
    return Math.max(1, spelled(clean.replace(/\./g, "")));

  let total = 0;
  for (const part of clean.split(/[-‐–/]+/)) {
    if (!part) continue;
    // Capitals said letter by letter: "NHS", "IRO", "GP", "PLO".
    if (/^[A-Z]{2,5}s?$/.test(part) && !/^[A-Z][a-z]/.test(part)) {
      total += spelled(part.replace(/s$/, ""));
      continue;
    }
    const runs = part.match(/\d+|[A-Za-z]+/g) ?? [];
    const hasDigits = runs.some((run) => /\d/.test(run));
    for (const run of runs) {
      if (/\d/.test(run)) total += digitSyllables(run);
      else if (hasDigits && ORDINAL_ENDINGS.has(run.toLowerCase()))
        continue; // "1st", "22nd"
      else if (hasDigits && run.length <= 3)
        total += spelled(run); // "am", "pm", "kg"
      else total += englishSyllables(run);
    }
  }
  return Math.max(1, total);
}

// ---------------------------------------------------------------------------------------------
// Words and sentences
// ---------------------------------------------------------------------------------------------

// Letters or digits, joined by apostrophes or hyphens, or by . : , between digits ("9.30", "1,000")
// or between letters in dotted abbreviations ("e.g"). A trailing dot after a dotted abbreviation is kept.
const WORD = /(?:[\p{L}\p{N}]\.){2,}|[\p{L}\p{N}]+(?:(?:['’\-‐]|[.:,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** The words of a text, in order. Numbers, times ("9:30am") and abbreviations count as words. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** Abbreviations that end in a full stop but do not end a sentence. */
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "eg",
  "ie",
  "mr",
  "mrs",
  "ms",
  "dr",
  "vs",
  "approx",
  "a.m",
  "p.m",
  "cf",
]);

const LIST_MARKER = /^\s*(?:[-*•‣◦–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/i;

/**
 * Splits text into sentences at . ! ? and at line breaks (so list items are sentences).
 * Does not split inside "9.30", "9:30am", "e.g." or "i.e.", or before a lower-case word.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = rawLine.replace(LIST_MARKER, "");
    let start = 0;
    const ends = /[.!?…]+["'’”)\]]*(?=\s|$)/g;
    for (let match = ends.exec(line); match; match = ends.exec(line)) {
      const end = match.index + match[0].length;
      const next = line.slice(end).trimStart();
      if (next && match[0].startsWith(".")) {
        const before = /([\p{L}.]+)$/u.exec(line.slice(start, match.index))?.[1]?.toLowerCase() ?? "";
        if (ABBREVIATIONS.has(before) || /^[a-z](?:\.[a-z])+$/.test(before)) continue;
        if (/^\p{Ll}/u.test(next)) continue;
      }
      sentences.push(line.slice(start, end));
      start = end;
    }
    sentences.push(line.slice(start));
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

// ---------------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------------

const round1 = (value: number) => Math.round(value * 10) / 10 || 0;

/**
 * Flesch reading ease: 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words),
 * rounded to one decimal place. Higher is easier; 100 for text with no words.
 */
export function fleschReadingEase(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 100;
  const sentences = Math.max(1, splitSentences(text).length);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return round1(206.835 - 1.015 * (words.length / sentences) - 84.6 * (syllables / words.length));
}

export function fleschBand(score: number): FleschBand {
  if (score >= 90) return "veryEasy";
  if (score >= 80) return "easy";
  if (score >= 70) return "fairlyEasy";
  if (score >= 60) return "standard";
  if (score >= 50) return "fairlyDifficult";
  if (score >= 30) return "difficult";
  return "veryDifficult";
}

/** Sentences with more than `maxWords` words. */
export function longSentences(text: string, maxWords = 25): string[] {
  return splitSentences(text).filter((sentence) => countWords(sentence) > maxWords);
}

// ---------------------------------------------------------------------------------------------
// Jargon
// ---------------------------------------------------------------------------------------------

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One spelling per phrase: lower case, straight apostrophes, and spaces for runs of spaces and hyphens. */
const normalisePhrase = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[\s\-‐]+/g, " ")
    .trim();

type Matcher = { pattern: RegExp | null; byPhrase: Map<string, GlossaryEntry> };

// One combined pattern per glossary (so per language), built on first use and kept.
const matchers = new WeakMap<GlossaryEntry[], Matcher>();

function compileMatcher(glossary: GlossaryEntry[]): Matcher {
  const byPhrase = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    // Phrases that are also everyday English ("looked after", "contact") never link on their
    // own: only the entry's specific phrases do ("looked after child", "contact visits").
    const everyday = new Set((entry.everyday ?? []).map(normalisePhrase));
    for (const phrase of [entry.term, ...entry.aliases]) {
      const key = normalisePhrase(phrase);
      // The first entry to claim a phrase keeps it, so glossary order breaks ties.
      if (key && !everyday.has(key) && !byPhrase.has(key)) byPhrase.set(key, entry);
    }
  }
  // Longest first: at any position the alternation takes the longest phrase that fits, so
  // "interim care order" is found rather than "care order" inside it.
  const bodies = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) =>
      key
        .split(" ")
        .map((part) => escapeRegExp(part).replace(/'/g, "['’]"))
        .join("[\\s\\-‐]+"),
    );
  const pattern = bodies.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join("|")})(?![\\p{L}\\p{N}])`, "giu")
    : null;
  return { pattern, byPhrase };
}

function matcherFor(glossary: GlossaryEntry[]): Matcher {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = compileMatcher(glossary);
    matchers.set(glossary, matcher);
  }
  return matcher;
}

/**
 * Glossary terms (and their aliases) found in a text, in text order. Matching ignores case and
 * only takes whole words; the longest phrase at a position wins. Pass the same glossary array
 * each time: its combined pattern is compiled once.
 */
export function findJargon(text: string, glossary: GlossaryEntry[]): JargonMatch[] {
  const { pattern, byPhrase } = matcherFor(glossary);
  if (!pattern) return [];
  const found: JargonMatch[] = [];
  // matchAll copies the pattern, so the shared RegExp keeps no state between calls.
  for (const match of text.matchAll(pattern)) {
    const entry = byPhrase.get(normalisePhrase(match[0]));
    if (!entry) continue;
    const start = match.index ?? 0;
    found.push({
      slug: entry.slug,
      term: entry.term,
      plain: entry.plain,
      start,
      end: start + match[0].length,
      match: match[0],
    });
  }
  return found;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Turns a parsed locales/<lng>/glossary.json into entries, skipping any that are malformed. */
export function glossaryFromResource(resource: unknown): GlossaryEntry[] {
  if (!isRecord(resource) || !isRecord(resource.terms)) return [];
  const entries: GlossaryEntry[] = [];
  for (const [slug, value] of Object.entries(resource.terms)) {
    if (!isRecord(value)) continue;
    const { term, aliases, plain, definition, everyday } = value;
    if (
      typeof term !== "string" ||
      !term.trim() ||
      typeof plain !== "string" ||
      typeof definition !== "string"
    )
      continue;
    entries.push({
      slug,
      term,
      aliases: Array.isArray(aliases)
        ? aliases.filter((alias): alias is string => typeof alias === "string" && alias.trim() !== "")
        : [],
      plain,
      definition,
      ...(Array.isArray(everyday)
        ? { everyday: everyday.filter((phrase): phrase is string => typeof phrase === "string") }
        : {}),
    });
  }
  return entries;
}

/**
 * Everything at once: score, band, sentences over 25 words, and each glossary term found (first
 * use only). The Flesch formula goes past 100 for very short words and below 0 for very long
 * ones; the score shown "out of 100" stays within 0–100.
 */
export function analyseText(text: string, glossary: GlossaryEntry[]): ReadabilityReport {
  const score = Math.min(100, Math.max(0, fleschReadingEase(text)));
  const seen = new Set<string>();
  const jargon = findJargon(text, glossary).filter(
    (match) => !seen.has(match.slug) && Boolean(seen.add(match.slug)),
  );
  return { score, band: fleschBand(score), longSentences: longSentences(text), jargon };
}
