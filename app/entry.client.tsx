import { RemixBrowser } from "@remix-run/react";
import i18next, { type BackendModule } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";

import { i18nConfig } from "~/i18n";
import { localeUrl, parseNamespaceVersions } from "~/utils/locale-namespaces";

// The strings come as one cached file per namespace (not in the JavaScript bundle). The page
// head names the namespaces this page needs (preloaded) and the content hash of every one, so
// the namespaces of a later page load from the same immutable URLs.
const versions = parseNamespaceVersions(
  document.querySelector<HTMLMetaElement>('meta[name="locale-versions"]')?.content,
);

const localeBackend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    fetch(localeUrl(language, namespace, versions.get(namespace) ?? ""))
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
      .then(
        (strings) => callback(null, strings),
        (error: Error) => callback(error, false),
      );
  },
};

async function hydrate() {
  const lng = document.documentElement.lang || "en";
  // The namespaces the server preloaded for this page (its matched routes' handle.i18n), so both
  // sides agree; remix-i18next's getInitialNamespaces() reads the same handles from the loaded
  // route modules, but the head already says it without a second reading.
  const namespaces = [...document.querySelectorAll<HTMLLinkElement>("link[data-locale-ns]")].map(
    (link) => link.dataset.localeNs!,
  );

  await i18next
    .use(initReactI18next)
    .use(localeBackend)
    .init({
      ...i18nConfig,
      lng,
      ns: namespaces,
      // Welsh is complete (a test holds en/cy parity), so English is never fetched as well.
      fallbackLng: false,
      // A namespace that a route forgot to declare: say so (browser tests fail on it) and load
      // it late, re-rendering when it arrives, rather than leave raw keys on screen.
      saveMissing: true,
      missingKeyHandler(_languages, namespace) {
        if (i18next.hasResourceBundle(lng, namespace)) return;
        console.error(`Locale namespace "${namespace}" is used but not declared in this page's handle.i18n`);
        void i18next.loadNamespaces(namespace);
      },
      react: { bindI18n: "languageChanged loaded" },
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
