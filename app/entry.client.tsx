import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";

import { i18nConfig } from "~/i18n";

// The strings for this page's language come from one cached file, named in the page head,
// so they are not in the JavaScript bundle and each phone downloads them once.
async function hydrate() {
  const lng = document.documentElement.lang || "en";
  const href = document.querySelector<HTMLMetaElement>('meta[name="locale-bundle"]')?.content;
  const resources = href ? await fetch(href).then((response) => response.json()) : {};

  await i18next.use(initReactI18next).init({
    ...i18nConfig,
    lng,
    ns: Object.keys(resources),
    resources: { [lng]: resources },
  });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
