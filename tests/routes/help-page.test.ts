import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { loader } from "~/routes/families.$familyId.help";

import { cookieFor, createFamily, makeRequest } from "../factories";

type HelpData = {
  adviceLine: { name: string; number: string; status: { state: string }; lastChecked: string };
  guide: { topic: string; articles: { slug: string }[] }[];
  shared: unknown[];
};

async function helpPageAs(role: "KINSHIP_CARER" | "PARENT", language = "en") {
  const family = await createFamily({ members: [{ role }, { role: "PRACTITIONER" }] });
  const cookie = await cookieFor(family.people[0].id);
  const request = makeRequest(`/families/${family.id}/help`, { cookie, headers: { "Accept-Language": language } });
  return (await loader({ request, params: { familyId: family.id }, context: {} })) as HelpData;
}

describe("the family's Help page", () => {
  it("shows what exists: shared items, the advice line with whether it is open, and the guide by topic", async () => {
    const page = await helpPageAs("PARENT");
    expect(page.shared).toEqual([]);
    expect(page.adviceLine).toMatchObject({ name: "Family Rights Group advice line", number: "0808 801 0366" });
    expect(["open", "closed", "open-all-day"]).toContain(page.adviceLine.status.state);
    expect(page.adviceLine.lastChecked).toMatch(/^\d{1,2} \w+ 20\d\d$/);
    expect(page.guide.map((section) => section.topic)).toEqual(["plan", "meetings", "speakingUp", "network", "kinship", "safety"]);
    expect(page.guide.flatMap((section) => section.articles)).toHaveLength(readdirSync("content/guide/en").filter((file) => file.endsWith(".md")).length);
  });

  it("puts the guides for grandparents and family carers first for a kinship carer", async () => {
    const page = await helpPageAs("KINSHIP_CARER");
    expect(page.guide[0].topic).toBe("kinship");
    expect(page.guide[0].articles.map((article) => article.slug)).toContain("kinship-care-options");
    expect(page.guide.map((section) => section.topic)).toEqual(["kinship", "plan", "meetings", "speakingUp", "network", "safety"]);
  });

  it("names the advice line in Welsh on a Welsh page", async () => {
    const page = await helpPageAs("KINSHIP_CARER", "cy");
    expect(page.adviceLine.name).toBe("Llinell gyngor Family Rights Group");
  });
});

describe("no page promises what is not there", () => {
  // Words of a page still being built ("what this page will show … until then").
  const placeholders = /until then|will show|coming soon|not ready yet|tan hynny|fydd y dudalen hon yn ei ddangos|yn dod yn fuan/i;
  const strings = (value: unknown, path: string): [string, string][] =>
    typeof value === "string" ? [[path, value]] : value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`)) : [];

  it.each(["en", "cy"])("%s locale files have no placeholder text", (language) => {
    const found = readdirSync(`locales/${language}`)
      .filter((file) => file.endsWith(".json"))
      .flatMap((file) => strings(JSON.parse(readFileSync(`locales/${language}/${file}`, "utf8")), file))
      .filter(([, text]) => placeholders.test(text));
    expect(found).toEqual([]);
  });
});
