import { createInstance } from "i18next";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";

import { SavedFirstConflict } from "~/components/forms/conflict-page";
import { i18nConfig } from "~/i18n";
import { getResources } from "~/utils/locales.server";

async function render(ns: "plan" | "rules", bySelf: boolean) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nConfig, lng: "en", resources: getResources() });
  const html = renderToString(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(SavedFirstConflict, {
        ns,
        back: "back-link",
        bySelf,
        theirsBy: "Amy",
        theirs: "their-version",
        form: "my-form",
      }),
    ),
  );
  const t = i18n.getFixedT("en", ns);
  return { html, t };
}

describe("the page shown when someone saved first", () => {
  it.each(["plan", "rules"] as const)("names who saved first, in the %s words", async (ns) => {
    const { html, t } = await render(ns, false);
    expect(html).toContain(t("conflict.title"));
    expect(html).toContain("<bdi>Amy</bdi>");
    expect(html).toContain(t("conflict.mineHint"));
    for (const part of ["back-link", "their-version", "my-form"]) expect(html).toContain(part);
  });

  it("says it was this person, in another tab, with the plan's own hint", async () => {
    const { html, t } = await render("plan", true);
    expect(html).toContain(t("conflict.selfTitle"));
    expect(html).toContain(t("conflict.selfMineHint"));
    expect(html).not.toContain("Amy");
  });

  it("falls back to the usual hint where a namespace has no hint of its own", async () => {
    const { html, t } = await render("rules", true);
    expect(html).toContain(t("conflict.selfTitle"));
    expect(html).toContain(t("conflict.mineHint"));
  });
});
