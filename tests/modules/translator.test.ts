import { describe, expect, it } from "vitest";

import { translatorFor } from "~/utils/i18next.server";

// The server's shared translators remember plain answers (see rememberTranslations); these
// checks hold the answers to what i18next itself gives.
describe("the server's shared translators", () => {
  it("give the same fixed t for the same language, namespace and prefix", () => {
    const instance = translatorFor("en");
    expect(instance.getFixedT("en", "plan")).toBe(instance.getFixedT("en", "plan"));
    expect(instance.getFixedT("en", "plan")).not.toBe(instance.getFixedT("en", "common"));
  });

  it("answer plain keys, plurals and placeholders as i18next does, every time", () => {
    const t = translatorFor("en").getFixedT("en", "plan");
    for (let round = 0; round < 2; round++) {
      expect(t("read.viewCount", { count: 1 })).toBe("1 view.");
      expect(t("read.viewCount", { count: 3 })).toBe("3 views.");
      expect(t("common:switcher.current", { name: "Ana" })).toBe("Family: Ana. Change family");
      expect(t("no.such.key")).toBe("no.such.key");
    }
  });

  it("remember answers with options per set of values, never across them", () => {
    const t = translatorFor("en").getFixedT("en", "common");
    for (let round = 0; round < 2; round++) {
      expect(t("switcher.current", { name: "Ana" })).toBe("Family: Ana. Change family");
      expect(t("switcher.current", { name: "Bo" })).toBe("Family: Bo. Change family");
      expect(t("switcher.current", { name: "Bo", count: 2 })).toBe("Family: Bo. Change family");
    }
  });

  it("keep each language apart", () => {
    const english = translatorFor("en").getFixedT("en", "common");
    const welsh = translatorFor("cy").getFixedT("cy", "common");
    expect(english("switcher.current", { name: "A" })).not.toBe(welsh("switcher.current", { name: "A" }));
    for (let round = 0; round < 2; round++) {
      expect(english("switcher.label")).toBe("Your families");
      expect(welsh("switcher.label")).toBe(translatorFor("cy").getResource("cy", "common", "switcher.label"));
      expect(welsh("switcher.label")).not.toBe("Your families");
    }
  });
});
