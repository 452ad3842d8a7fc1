import { createCookie } from "@remix-run/node";
import { createInstance, type i18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { z } from "zod";

import { fallbackLanguage, i18nConfig, isLanguage, supportedLanguages, type Language } from "~/i18n";
import { getResources } from "~/utils/locales.server";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    // The person's saved choice reaches the cookie at sign-in; no ?lng= so links stay clean.
    order: ["cookie", "header"],
  },
});

// One ready instance per language for the life of the process. The strings never change while
// it runs, and nothing calls changeLanguage on these, so every request can share them: making
// and initialising an instance per request (or per getFixedT call) cost a few ms each time.
const translators = new Map<Language, { instance: i18n; resources: object }>();

/** The shared, initialised i18next instance for one language (server side only). */
export function translatorFor(language: Language): i18n {
  const resources = getResources();
  const known = translators.get(language);
  // Outside production the strings are re-read when a file changes; start afresh then.
  if (known && known.resources === resources) return known.instance;
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    ...i18nConfig,
    lng: language,
    ns: Object.keys(resources[language]),
    resources,
    // The resources are in memory, so initialising synchronously is safe and quick.
    initImmediate: false,
  });
  rememberTranslations(instance);
  translators.set(language, { instance, resources });
  return instance;
}

// A page asks for a few hundred strings, nearly all plain keys with no options, and i18next
// resolves each one afresh (about a millisecond of a plan page's server time). The strings never
// change while the process runs, so each fixed t() keeps the plain answers it has given.
const MAX_REMEMBERED = 5_000;

function rememberTranslations(instance: i18n) {
  const getFixedT = instance.getFixedT.bind(instance) as (...args: unknown[]) => TFunction;
  const fixedTs = new Map<string, TFunction>();
  instance.getFixedT = ((
    lng: string | readonly string[] | null,
    ns?: string | readonly string[] | null,
    keyPrefix?: string,
  ) => {
    const id = `${String(lng)}\u0000${String(ns)}\u0000${String(keyPrefix)}`;
    let t = fixedTs.get(id);
    if (!t) {
      t = remembering(getFixedT(lng, ns, keyPrefix));
      if (fixedTs.size < MAX_REMEMBERED) fixedTs.set(id, t);
    }
    return t;
  }) as typeof instance.getFixedT;
}

/** The options of a call whose answer can be remembered: flat, of plain values (names, dates, counts). */
function plainOptions(options: unknown): options is Record<string, string | number | boolean> {
  if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype)
    return false;
  return Object.values(options).every((value) => ["string", "number", "boolean"].includes(typeof value));
}

// Resources never change while the server runs, so a key (with the same plain options) always
// gives the same text: remember it rather than have i18next resolve, interpolate and plural it
// again on every page. Calls with options have their own, separately capped store, so names and
// dates cannot crowd out the fixed sentences.
function remembering(fixedT: TFunction): TFunction {
  const answers = new Map<string, string>();
  const withOptions = new Map<string, string>();
  const translate = fixedT as unknown as (...args: unknown[]) => unknown;
  const t = (...args: unknown[]) => {
    const [key, options] = args;
    if (typeof key !== "string" || args.length > 2) return translate(...args);
    if (args.length === 2 && !plainOptions(options)) return translate(...args);
    const [store, id] =
      args.length === 1 ? [answers, key] : [withOptions, `${key}\u0000${JSON.stringify(options)}`];
    let text = store.get(id);
    if (text === undefined) {
      const answer = translate(...args);
      if (typeof answer !== "string") return answer;
      text = answer;
      if (store.size < MAX_REMEMBERED) store.set(id, text);
    }
    return text;
  };
  // react-i18next reads these from the function it is given.
  const fixed = fixedT as unknown as Record<string, unknown>;
  return Object.assign(t, {
    lng: fixed.lng,
    lngs: fixed.lngs,
    ns: fixed.ns,
    keyPrefix: fixed.keyPrefix,
  }) as unknown as TFunction;
}

export const i18next = {
  /** The language of this request's pages: the cookie, then Accept-Language. */
  async getLocale(request: Request): Promise<Language> {
    const detected = await detector.getLocale(request);
    return isLanguage(detected) ? detected : fallbackLanguage;
  },
  /** A translate function for a language (or a request's language) and namespace. */
  async getFixedT(requestOrLanguage: Request | string, namespace?: string): Promise<TFunction> {
    const language =
      typeof requestOrLanguage === "string"
        ? isLanguage(requestOrLanguage)
          ? requestOrLanguage
          : fallbackLanguage
        : await i18next.getLocale(requestOrLanguage);
    return translatorFor(language).getFixedT(language, namespace ?? null);
  },
};

export const LanguageFormSchema = z.object({
  language: z.enum(supportedLanguages),
  redirectTo: z.string().optional(),
});
