// Shared by server and browser. The strings themselves live in locales/<lng>/<ns>.json.
export const supportedLanguages = ["en", "cy"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

export const i18nConfig = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: fallbackLanguage,
  defaultNS: "common",
  // React escapes output already; escaping twice would show &amp; to families.
  interpolation: { escapeValue: false },
};
