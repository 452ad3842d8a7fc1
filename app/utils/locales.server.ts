import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { supportedLanguages, type Language } from "~/i18n";

type Namespace = Record<string, unknown>;
export type LanguageBundle = Record<string, Namespace>;

const localesDir = resolve(process.cwd(), "locales");

function readLanguage(language: Language): LanguageBundle {
  const bundle: LanguageBundle = {};
  for (const file of readdirSync(join(localesDir, language)).sort()) {
    if (!file.endsWith(".json")) continue;
    bundle[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(localesDir, language, file), "utf8"));
  }
  return bundle;
}

let cache: { resources: Record<Language, LanguageBundle>; versions: Record<Language, string> } | undefined;

function load() {
  if (cache && process.env.NODE_ENV === "production") return cache;
  const resources = {} as Record<Language, LanguageBundle>;
  const versions = {} as Record<Language, string>;
  for (const language of supportedLanguages) {
    resources[language] = readLanguage(language);
    versions[language] = createHash("sha256").update(JSON.stringify(resources[language])).digest("hex").slice(0, 12);
  }
  cache = { resources, versions };
  return cache;
}

/** Every namespace of every language, read from locales/ (outside the client bundle). */
export function getResources() {
  return load().resources;
}

/** A content hash per language, so the browser can cache the strings for good. */
export function getBundleVersion(language: Language) {
  return load().versions[language];
}
