import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { getArticle, listArticles } from "~/modules/guide/articles.server";
import {
  analyseText,
  countSyllables,
  countWords,
  findJargon,
  fleschBand,
  fleschReadingEase,
  glossaryFromResource,
  longSentences,
  splitSentences,
  wordsOf,
  type GlossaryEntry,
} from "~/modules/readability/readability";

// ---------------------------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------------------------

describe("countSyllables", () => {
  it.each([
    ["cat", 1],
    ["the", 1],
    ["make", 1],
    ["are", 1],
    ["free", 1],
    ["table", 2],
    ["people", 2],
    ["little", 2],
    ["water", 2],
    ["family", 3],
    ["safety", 2],
    ["someone", 2],
    ["sometimes", 2],
    ["safely", 2],
    ["makes", 1],
    ["rules", 1],
    ["places", 2],
    ["changes", 2],
    ["worked", 1],
    ["wanted", 2],
    ["needed", 2],
    ["agreed", 2],
    ["you", 1],
    ["my", 1],
    ["baby", 2],
    ["player", 2],
    ["being", 2],
    ["meeting", 2],
    ["social", 2],
    ["protection", 3],
    ["conference", 3],
    ["everything", 3],
    ["responsibility", 6],
    ["don't", 1],
    ["child's", 1],
    ["NHS", 3],
    ["e.g.", 2],
    ["9.30am", 5],
    ["15", 2],
    ["999", 3],
    ["6-digit", 3],
  ])("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it("is never less than 1", () => {
    expect(countSyllables("hmm")).toBe(1);
    expect(countSyllables("")).toBe(1);
    expect(countSyllables("-")).toBe(1);
  });
});

describe("words", () => {
  it("keeps times, numbers, abbreviations and contractions whole", () => {
    expect(wordsOf("Call 0808 801 0366, e.g. from 9.30am to 3pm. It's a 6-digit code.")).toEqual([
      "Call",
      "0808",
      "801",
      "0366",
      "e.g.",
      "from",
      "9.30am",
      "to",
      "3pm",
      "It's",
      "a",
      "6-digit",
      "code",
    ]);
  });

  it("counts words, not punctuation or spaces", () => {
    expect(countWords("  Hello,   world!  — ok?  ")).toBe(3);
    expect(countWords("")).toBe(0);
  });
});

describe("splitSentences", () => {
  it("splits on . ! ? and ignores empty pieces", () => {
    expect(splitSentences("Hello there. How are you? Great!  ")).toEqual([
      "Hello there.",
      "How are you?",
      "Great!",
    ]);
    expect(splitSentences("...  \n\n !")).toEqual([]);
  });

  it("does not split decimals, times, e.g. or i.e.", () => {
    expect(splitSentences("Call from 9.30am to 3pm. Lines open at 9:30am on Monday.")).toEqual([
      "Call from 9.30am to 3pm.",
      "Lines open at 9:30am on Monday.",
    ]);
    expect(
      splitSentences("Bring someone, e.g. a friend. You may bring an advocate, i.e. Someone on your side."),
    ).toEqual(["Bring someone, e.g. a friend.", "You may bring an advocate, i.e. Someone on your side."]);
    expect(splitSentences("It costs £2.50 a week.")).toEqual(["It costs £2.50 a week."]);
  });

  it("treats each line and list item as a sentence", () => {
    expect(splitSentences("What to bring:\n- a pen\n- your letter\n1. Arrive early\n\nAsk for help")).toEqual(
      ["What to bring:", "a pen", "your letter", "Arrive early", "Ask for help"],
    );
  });
});

const EASY =
  "The cat sat on the mat. It was a warm day. Sam came to play. We had fun in the sun. Then we went home for tea.";
const DENSE =
  "Notwithstanding the aforementioned considerations, the multi-agency safeguarding partnership determined that the implementation of a comprehensive intervention strategy, incorporating therapeutic provision and collaborative interdisciplinary monitoring arrangements, constituted a proportionate and necessary response to the identified deficiencies in parental capacity.";

describe("fleschReadingEase", () => {
  it("scores a known easy text above 80", () => {
    expect(fleschReadingEase(EASY)).toBeGreaterThan(80);
  });

  it("scores a dense bureaucratic text below 40", () => {
    expect(fleschReadingEase(DENSE)).toBeLessThan(40);
  });

  it("follows the formula and rounds to one decimal place", () => {
    // 6 words, 1 sentence, 6 syllables: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.145
    expect(fleschReadingEase("The cat sat on the mat.")).toBe(116.1);
    // 2 words, 1 sentence, 4 syllables: 206.835 − 2.03 − 169.2 = 35.605
    expect(fleschReadingEase("Window table.")).toBe(35.6);
  });

  it("returns 100 for empty text", () => {
    expect(fleschReadingEase("")).toBe(100);
    expect(fleschReadingEase("  \n ... ")).toBe(100);
  });
});

describe("fleschBand", () => {
  it.each([
    [100, "veryEasy"],
    [90, "veryEasy"],
    [89.9, "easy"],
    [80, "easy"],
    [79.9, "fairlyEasy"],
    [70, "fairlyEasy"],
    [69.9, "standard"],
    [60, "standard"],
    [59.9, "fairlyDifficult"],
    [50, "fairlyDifficult"],
    [49.9, "difficult"],
    [30, "difficult"],
    [29.9, "veryDifficult"],
    [-20, "veryDifficult"],
  ])("%d is %s", (score, band) => {
    expect(fleschBand(score)).toBe(band);
  });
});

describe("longSentences", () => {
  const long = `This sentence ${"goes on and on ".repeat(6).trim()} until it ends.`; // 29 words
  const short = "This one is short.";

  it("finds sentences over 25 words by default", () => {
    expect(countWords(long)).toBe(29);
    expect(longSentences(`${short} ${long} ${short}`)).toEqual([long]);
  });

  it("takes a different limit", () => {
    expect(longSentences(`${short} ${long}`, 3)).toEqual([short, long]);
    expect(longSentences(`${short} ${long}`, 30)).toEqual([]);
  });
});

const GLOSSARY: GlossaryEntry[] = [
  {
    slug: "care-order",
    term: "care order",
    aliases: ["care orders"],
    plain: "council shares parenting rights",
    definition: "",
  },
  {
    slug: "interim-care-order",
    term: "interim care order",
    aliases: ["ICO"],
    plain: "short-term care order",
    definition: "",
  },
  {
    slug: "core-group",
    term: "core group",
    aliases: ["core group meeting"],
    plain: "team that does the plan",
    definition: "",
  },
  {
    slug: "child-protection-plan",
    term: "child protection plan",
    aliases: ["CP plan"],
    plain: "plan to keep children safe",
    definition: "",
  },
];

describe("findJargon", () => {
  it("matches whole words only, ignoring case, in text order", () => {
    const text = "A Core Group will meet. Your CP PLAN is not a score group or a core grouping.";
    expect(findJargon(text, GLOSSARY)).toEqual([
      {
        slug: "core-group",
        term: "core group",
        plain: "team that does the plan",
        start: 2,
        end: 12,
        match: "Core Group",
      },
      {
        slug: "child-protection-plan",
        term: "child protection plan",
        plain: "plan to keep children safe",
        start: 29,
        end: 36,
        match: "CP PLAN",
      },
    ]);
  });

  it("lets the longest match win where matches overlap", () => {
    const text = "The judge made an interim care order, then a care order. The core group meeting is next.";
    const found = findJargon(text, GLOSSARY);
    expect(found.map((match) => [match.slug, match.match])).toEqual([
      ["interim-care-order", "interim care order"],
      ["care-order", "care order"],
      ["core-group", "core group meeting"],
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    expect(text.slice(found[0].start, found[0].end)).toBe("interim care order");
  });

  it("matches aliases, plurals given as aliases, and phrases across line breaks", () => {
    expect(findJargon("Two care orders.", GLOSSARY).map((match) => match.match)).toEqual(["care orders"]);
    expect(findJargon("An ICO.", GLOSSARY).map((match) => match.slug)).toEqual(["interim-care-order"]);
    expect(findJargon("the child\nprotection plan", GLOSSARY).map((match) => match.slug)).toEqual([
      "child-protection-plan",
    ]);
    expect(findJargon("Nothing to see here.", GLOSSARY)).toEqual([]);
  });
});

describe("glossaryFromResource", () => {
  it("turns a glossary namespace into entries and skips malformed ones", () => {
    const resource = {
      title: "Words explained",
      terms: {
        "core-group": {
          term: "core group",
          aliases: ["core groups", 3],
          plain: "team",
          definition: "The people who do the plan.",
        },
        neglect: { term: "neglect", plain: "not enough care", definition: "When needs are not met." },
        broken: { term: 1, plain: "x", definition: "y" },
        "also-broken": "text",
      },
    };
    expect(glossaryFromResource(resource)).toEqual([
      {
        slug: "core-group",
        term: "core group",
        aliases: ["core groups"],
        plain: "team",
        definition: "The people who do the plan.",
      },
      {
        slug: "neglect",
        term: "neglect",
        aliases: [],
        plain: "not enough care",
        definition: "When needs are not met.",
      },
    ]);
    expect(glossaryFromResource(null)).toEqual([]);
    expect(glossaryFromResource({ terms: [] })).toEqual([]);
  });
});

describe("analyseText", () => {
  it("gives the score, band, long sentences and each term once", () => {
    const text = "The core group meets soon. The core group checks the CP plan.";
    const report = analyseText(text, GLOSSARY);
    expect(report.score).toBe(Math.min(100, fleschReadingEase(text)));
    expect(report.band).toBe(fleschBand(report.score));
    expect(report.longSentences).toEqual([]);
    expect(report.jargon.map((match) => match.slug)).toEqual(["core-group", "child-protection-plan"]);
    expect(report.jargon[0].start).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
// THE READABILITY GATE: every English string a family can read must be plain.
// It reads the folder, so a new namespace is checked as soon as its file exists.
// ---------------------------------------------------------------------------------------------

const MIN_READING_EASE = 70;
const MAX_SENTENCE_WORDS = 25;

const namespaces = readdirSync("locales/en")
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""))
  .sort();
const read = (language: string, ns: string): unknown =>
  JSON.parse(readFileSync(`locales/${language}/${ns}.json`, "utf8"));

/** Every string in a resource, depth first, including strings inside arrays. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

const ONLY_URL = /^(?:https?:\/\/|www\.)\S+$/i;
const ONLY_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ONLY_PHONE = /^\+?[\d\s()-]{3,}$/;

/** Turns strings into prose: placeholders become "it", each string ends as a sentence. */
function proseOf(strings: string[]): string {
  return strings
    .map((text) => text.replace(/\{\{[^}]*\}\}/g, "it").trim())
    .filter((text) => text && !ONLY_URL.test(text) && !ONLY_EMAIL.test(text) && !ONLY_PHONE.test(text))
    .map((text) => (/[.!?]["'’”)\]]*$/.test(text) ? text : `${text}.`))
    .join("\n");
}

// One dense paragraph can hide inside a namespace of short, easy strings and keep the average
// above 70, so each string long enough to score fairly is also held to a floor of its own.
const STRING_CHECK_MIN_WORDS = 12;
const MIN_STRING_READING_EASE = 60;

/** What is wrong with a set of strings, in words a reviewer can act on; empty when it passes. */
function gateProblems(name: string, strings: string[]): string[] {
  const problems: string[] = [];
  const prose = proseOf(strings);
  const score = fleschReadingEase(prose);
  if (score < MIN_READING_EASE) {
    problems.push(
      `${name}: Flesch reading ease is ${score}, below ${MIN_READING_EASE}. Use shorter sentences and shorter words.`,
    );
  }
  for (const sentence of longSentences(prose, MAX_SENTENCE_WORDS)) {
    problems.push(
      `${name}: this sentence has ${countWords(sentence)} words (most allowed: ${MAX_SENTENCE_WORDS}): "${sentence}"`,
    );
  }
  for (const text of strings) {
    const one = proseOf([text]);
    if (countWords(one) < STRING_CHECK_MIN_WORDS) continue;
    const own = fleschReadingEase(one);
    if (own < MIN_STRING_READING_EASE) {
      problems.push(
        `${name}: this string scores ${own}, below ${MIN_STRING_READING_EASE} for a single string: "${text}"`,
      );
    }
  }
  return problems;
}

describe("the gate itself", () => {
  const easyNamespace = Array.from({ length: 40 }, (_, index) => `${EASY} Item ${index}.`);

  it("passes a namespace of easy strings", () => {
    expect(gateProblems("easy", easyNamespace)).toEqual([]);
  });

  it("fails one dense paragraph inside an easy namespace, though the whole still scores well", () => {
    const dense =
      "The partnership determined that a comprehensive intervention, incorporating therapeutic provision, constituted a proportionate response.";
    const mixed = [...easyNamespace, dense];
    expect(fleschReadingEase(proseOf(mixed))).toBeGreaterThanOrEqual(MIN_READING_EASE);
    expect(countWords(dense)).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    const problems = gateProblems("mixed", mixed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(dense);
  });
});

describe("readability gate for locales/en", () => {
  it("finds the namespaces", () => {
    expect(namespaces).toContain("common");
    expect(namespaces).toContain("glossary");
  });

  it.each(namespaces)(
    "%s reads easily (Flesch ≥ 70 overall and ≥ 60 for each string of 12 words or more, no sentence over 25 words)",
    (ns) => {
      const problems = gateProblems(ns, stringsOf(read("en", ns)));
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    },
  );
});

// Every guide article is read on its own: a long, hard article cannot hide behind easy ones.
describe("readability gate for the guide's English articles", () => {
  const articles = listArticles("en");

  it("finds the articles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(16);
  });

  it.each(articles.map((article) => [article.slug] as const))(
    "%s reads easily (Flesch ≥ 70, no sentence over 25 words)",
    (slug) => {
      const article = getArticle("en", slug)!;
      const prose = proseOf([article.title, article.summary, ...article.text.split("\n")]);
      const problems: string[] = [];
      const score = fleschReadingEase(prose);
      if (score < MIN_READING_EASE)
        problems.push(`guide:${slug}: Flesch reading ease is ${score}, below ${MIN_READING_EASE}.`);
      for (const sentence of longSentences(prose, MAX_SENTENCE_WORDS)) {
        problems.push(
          `guide:${slug}: this sentence has ${countWords(sentence)} words (most allowed: ${MAX_SENTENCE_WORDS}): "${sentence}"`,
        );
      }
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    },
  );
});

describe("glossary", () => {
  const english = glossaryFromResource(read("en", "glossary"));
  const welsh = glossaryFromResource(read("cy", "glossary"));

  it("has at least 45 well-formed terms with kebab-case slugs", () => {
    expect(english.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys((read("en", "glossary") as { terms: object }).terms)).toHaveLength(english.length);
    for (const entry of english) {
      expect(entry.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(entry.plain.trim().split(/\s+/).length, `${entry.slug}: plain`).toBeLessThanOrEqual(5);
      expect(entry.definition.trim(), `${entry.slug}: definition`).not.toBe("");
    }
  });

  it("has every slug in both English and Welsh", () => {
    expect(welsh.map((entry) => entry.slug).sort()).toEqual(english.map((entry) => entry.slug).sort());
    expect(welsh).toHaveLength(Object.keys((read("cy", "glossary") as { terms: object }).terms).length);
  });

  it.each(english.map((entry) => [entry.slug, entry] as const))(
    "%s: the English definition passes the gate",
    (slug, entry) => {
      const problems = gateProblems(`glossary:${slug}`, [entry.definition]);
      for (const sentence of splitSentences(entry.definition)) {
        if (countWords(sentence) > 20)
          problems.push(`glossary:${slug}: keep definitions to 20 words a sentence: "${sentence}"`);
      }
      expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
    },
  );

  it("finds its own terms, longest first", () => {
    const found = findJargon(
      "They made an interim care order after the initial child protection conference.",
      english,
    );
    expect(found.map((match) => match.slug)).toEqual([
      "interim-care-order",
      "initial-child-protection-conference",
    ]);
  });
});

describe("the reading ease the writing helper shows", () => {
  it.each([
    ["very short words", "I can go. We can see. Go on."],
    [
      "very long words",
      "Interdisciplinary multiagency institutionalisation notwithstanding, comprehensively operationalised intergovernmental responsibilities necessitate extraordinarily sophisticated documentation.",
    ],
    ["nothing", ""],
  ])("stays within 0 to 100 for %s", (_label, text) => {
    const { score } = analyseText(text, []);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  });

  it("would have gone outside 0 to 100 without the limit", () => {
    expect(fleschReadingEase("I can go. We can see. Go on.")).toBeGreaterThan(100);
  });
});
