import { createInstance } from "i18next";
import { createElement, Fragment } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";

import { isolatedName } from "~/components/isolated-name";
import { GlossaryText } from "~/components/plan/glossary-text";
import { i18nConfig } from "~/i18n";
import { InviteSchema } from "~/modules/network/network.schema.server";
import { DraftFormSchema } from "~/modules/plan/draft-form.server";
import { CorrectionSchema, ScaleSchema, ViewSchema } from "~/modules/plan/plan.schema.server";
import { stripBidiControls } from "~/utils/bidi";
import { parseSubmission } from "~/utils/forms.server";
import { getResources } from "~/utils/locales.server";

// "I agree" made to look like something else with a right-to-left override.
const tricked =
  "I \u202Eeerga ton od\u202C agree \u2066x\u2069 \u2067y\u2069 \u2068z\u2069 \u202A\u202B\u202D";

describe("bidi controls in people's words", () => {
  it("are removed; direction marks stay", () => {
    expect(stripBidiControls(tricked)).toBe("I eerga ton od agree x y z ");
    expect(stripBidiControls("\u200Fمرحبا\u200E ok")).toBe("\u200Fمرحبا\u200E ok");
  });

  it("are removed by the shared text schema in every form that takes free text", () => {
    const invite = InviteSchema.parse({
      name: "\u202EAnn\u202C",
      email: "ann@test.example",
      role: "ADVISER",
      relationship: "\u2066aunt\u2069",
    });
    expect(invite).toMatchObject({ name: "Ann", relationship: "aunt" });
    expect(ViewSchema.parse({ stance: "AGREE", words: tricked }).words).not.toMatch(
      /[\u202A-\u202E\u2066-\u2069]/,
    );
    expect(ScaleSchema.parse({ score: "5", note: "\u202Egood" }).note).toBe("good");
    expect(CorrectionSchema.parse({ whatIsWrong: "\u202Ex", shouldSay: "y\u2069" })).toEqual({
      whatIsWrong: "x",
      shouldSay: "y",
    });
    // Only controls is the same as empty.
    expect(
      InviteSchema.safeParse({ name: "\u202E\u202C", email: "ann@test.example", role: "ADVISER" }).error
        ?.issues[0].message,
    ).toBe("invite.name.required");
  });

  it("are removed from every text box of the plan editor", () => {
    const form = new URLSearchParams({
      "worries[0].id": "abcdef123456",
      "worries[0].professional": "\u202Eneglect",
      "worries[0].plain": "plain\u2067",
      scalingQuestion: "\u2068q",
    });
    const parsed = parseSubmission(form, DraftFormSchema);
    if (parsed.status !== "success") throw new Error("the draft form was refused");
    expect(parsed.value.content.worries[0]).toMatchObject({ professional: "neglect", plain: "plain" });
    expect(parsed.value.content.scalingQuestion).toBe("q");
  });
});

describe("showing people's words", () => {
  it("isolates them, in markup and inside translated sentences", async () => {
    const i18n = createInstance();
    await i18n.use(initReactI18next).init({ ...i18nConfig, lng: "en", resources: getResources() });
    const html = renderToString(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(GlossaryText, { text: "مرحبا, the child protection plan" }),
      ),
    );
    expect(html).toMatch(/^<bdi>/);
    expect(html).toMatch(/<\/bdi>$/);
    const sentence = renderToString(
      createElement(
        Fragment,
        null,
        isolatedName((slot) => `Agree that ${slot} can join`, "\u0622\u0646"),
      ),
    );
    expect(sentence).toBe("Agree that <bdi>\u0622\u0646</bdi> can join");
  });
});
