import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { supportedLanguages } from "~/i18n";

/** A real form (works without JavaScript); reloadDocument so the new language's strings load. */
export function LanguageSwitch({ current }: { current: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const others = supportedLanguages.filter((language) => language !== current);
  return (
    <Form method="post" action="/settings/language" reloadDocument className="flex gap-2">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {others.map((language) => (
        <button
          key={language}
          type="submit"
          name="language"
          value={language}
          lang={language}
          className="rounded border border-white px-2 py-1 text-sm text-white underline-offset-2 hover:underline"
        >
          {t(`language.switchTo.${language}`)}
        </button>
      ))}
    </Form>
  );
}
