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

/** One namespace of one language, as it is sent to the browser: the JSON text and its content hash. */
export type NamespaceFile = { json: string; version: string };

let cache:
  | {
      resources: Record<Language, LanguageBundle>;
      files: Record<Language, Map<string, NamespaceFile>>;
      versionList: Record<Language, string>;
    }
  | undefined;

function hash(text: string) {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

function load() {
  if (cache && process.env.NODE_ENV === "production") return cache;
  const resources = {} as Record<Language, LanguageBundle>;
  const files = {} as Record<Language, Map<string, NamespaceFile>>;
  const versionList = {} as Record<Language, string>;
  for (const language of supportedLanguages) {
    resources[language] = readLanguage(language);
    // Serialised once: the locale route sends the same text to every browser.
    files[language] = new Map(
      Object.entries(resources[language]).map(([namespace, strings]) => {
        const json = JSON.stringify(strings);
        return [namespace, { json, version: hash(json) }];
      }),
    );
    versionList[language] = [...files[language]]
      .map(([namespace, file]) => `${namespace}:${file.version}`)
      .join(" ");
  }
  cache = { resources, files, versionList };
  return cache;
}

/** Every namespace of every language, read from locales/ (outside the client bundle). */
export function getResources() {
  return load().resources;
}

/** The strings of one namespace in one language, ready to send, or undefined if there is no such file. */
export function getNamespaceFile(language: Language, namespace: string): NamespaceFile | undefined {
  return load().files[language].get(namespace);
}

/**
 * Every namespace of a language with its content hash, as "ns:hash ns:hash": the browser builds
 * each namespace's immutable URL from it, for the page's own namespaces and any it loads later.
 */
export function getNamespaceVersions(language: Language): string {
  return load().versionList[language];
}
