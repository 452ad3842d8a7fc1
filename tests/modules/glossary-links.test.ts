import { describe, expect, it } from "vitest";

import { glossaryFor, linkText, linkTexts } from "~/modules/glossary/glossary-links.server";
import { analyseText, findJargon } from "~/modules/readability/readability";

const english = glossaryFor("en");
const slugsIn = (text: string) => findJargon(text, english).map((match) => match.slug);

// Everyday English that holds a glossary phrase in its everyday sense: nothing may link, and
// the writing helper must not suggest a swap (a parent told their child is "in the council's
// care" when it is not would be alarmed).
const everydaySentences = [
  "The children are only looked after by sober adults.",
  "Gran has looked after the baby since Monday.",
  "Sam is well looked after at nursery.",
  "Please contact us if you are worried.",
  "Contact the school if Sam is ill.",
  "Mum will step down as chair of the school board.",
  "A short lapse in attention is normal.",
  "She is withdrawing money for the shopping.",
  "In the minutes before bedtime, read a story.",
];

describe("glossary linking", () => {
  it.each(everydaySentences)("leaves everyday English plain: %s", (sentence) => {
    expect(slugsIn(sentence)).toEqual([]);
    expect(analyseText(sentence, english).jargon).toEqual([]);
  });

  it("still links the terms in their glossary sense", () => {
    expect(slugsIn("Sam is a looked after child.")).toEqual(["looked-after"]);
    expect(slugsIn("Children in care have a care plan.")).toEqual(["looked-after", "care-plan"]);
    expect(slugsIn("Contact visits are on Saturdays.")).toEqual(["contact"]);
    expect(slugsIn("The interim care order ends in May.")).toEqual(["interim-care-order"]);
    expect(slugsIn("Her child-protection plan")).toEqual(["child-protection-plan"]);
  });

  it("makes pieces a page can show without matching anything itself", () => {
    expect(linkText("Go to the core group meeting on Monday.", english)).toEqual([
      "Go to the ",
      {
        text: "core group meeting",
        slug: "core-group",
        plain: english.find((entry) => entry.slug === "core-group")?.plain,
      },
      " on Monday.",
    ]);
    expect(linkText("Nothing to explain here.", english)).toBeNull();
  });

  it("links a published version once per language, and keeps the result", () => {
    const texts = ["The child protection plan starts today.", "Nan visits on Sundays."];
    const first = linkTexts({ key: "plan:test:1", language: "en", texts });
    expect(Object.keys(first)).toEqual(["The child protection plan starts today."]);
    expect(linkTexts({ key: "plan:test:1", language: "en", texts })).toBe(first);
    expect(linkTexts({ key: "plan:test:1", language: "cy", texts })).not.toBe(first);
    expect(glossaryFor("en")).toBe(english);
  });
});
