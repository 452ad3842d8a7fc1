import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { z } from "zod";

import { fallbackLanguage, i18nConfig, supportedLanguages } from "~/i18n";
import { getResources } from "~/utils/locales.server";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const i18next = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    // The person's saved choice reaches the cookie at sign-in; no ?lng= so links stay clean.
    order: ["cookie", "header"],
  },
  i18next: { ...i18nConfig, resources: getResources() },
});

export const LanguageFormSchema = z.object({ language: z.enum(supportedLanguages), redirectTo: z.string().optional() });
