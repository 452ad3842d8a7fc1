import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { supportedLanguages } from "~/i18n";

type Tree = { [key: string]: string | string[] | Tree };
const read = (language: string, ns: string): Tree =>
  JSON.parse(readFileSync(`locales/${language}/${ns}.json`, "utf8"));
const namespaces = readdirSync("locales/en").map((file) => file.replace(/\.json$/, ""));

/** Flattens to "a.b.c" → text, folding i18next plural suffixes into their base key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path.replace(/_(zero|one|two|few|many|other)$/, ""), value);
    else if (Array.isArray(value)) out.set(path, value.join("\n"));
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe.each(supportedLanguages.filter((language) => language !== "en"))("%s translations", (language) => {
  it("have exactly the English namespaces", () => {
    expect(
      readdirSync(`locales/${language}`)
        .map((file) => file.replace(/\.json$/, ""))
        .sort(),
    ).toEqual([...namespaces].sort());
  });

  it.each(namespaces)("%s has every English key, and no others, with the same placeholders", (ns) => {
    const english = flatten(read("en", ns));
    const translated = flatten(read(language, ns));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(placeholders(translated.get(key) ?? ""), `${language}:${ns}:${key}`).toEqual(placeholders(text));
    }
  });

  it("gives every plural form the language needs", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const ns of namespaces) {
      const raw = JSON.stringify(read(language, ns));
      const bases = new Set(
        [...raw.matchAll(/"(\w+)_(?:zero|one|two|few|many|other)"/g)].map((match) => match[1]),
      );
      for (const base of bases)
        for (const category of categories)
          expect(raw, `${ns}:${base}_${category}`).toContain(`"${base}_${category}"`);
    }
  });
});
