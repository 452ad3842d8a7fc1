import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { ensureNationalDirectory, nationalEntries } from "~/modules/directory/directory.server";
import { createReport } from "~/modules/rules/reports.server";
import { proposeRule } from "~/modules/rules/rules.server";
import { loader as entryLoader } from "~/routes/directory.$entryId._index";
import { loader as activityLoader } from "~/routes/families.$familyId.activity";
import { loader } from "~/routes/families.$familyId.help";
import { loader as reportsLoader } from "~/routes/families.$familyId.rules.reports._index";
import { loader as reportLoader } from "~/routes/families.$familyId.rules.reports.$reportId";

import { cookieFor, createFamily, makeRequest } from "../factories";

type HelpData = {
  adviceLine: { name: string; number: string; status: { state: string }; lastChecked: string };
  guide: { topic: string; articles: { slug: string }[] }[];
  shared: unknown[];
};

async function helpPageAs(role: "KINSHIP_CARER" | "PARENT", language = "en") {
  const family = await createFamily({ members: [{ role }, { role: "PRACTITIONER" }] });
  const cookie = await cookieFor(family.people[0].id);
  const request = makeRequest(`/families/${family.id}/help`, {
    cookie,
    headers: { "Accept-Language": language },
  });
  return (await loader({ request, params: { familyId: family.id }, context: {} })) as HelpData;
}

describe("the family's Help page", () => {
  it("shows what exists: shared items, the advice line with whether it is open, and the guide by topic", async () => {
    const page = await helpPageAs("PARENT");
    expect(page.shared).toEqual([]);
    expect(page.adviceLine).toMatchObject({
      name: "Family Rights Group advice line",
      number: "0808 801 0366",
    });
    expect(["open", "closed", "open-all-day"]).toContain(page.adviceLine.status.state);
    expect(page.adviceLine.lastChecked).toMatch(/^\d{1,2} \w+ 20\d\d$/);
    expect(page.guide.map((section) => section.topic)).toEqual([
      "plan",
      "meetings",
      "speakingUp",
      "network",
      "kinship",
      "safety",
    ]);
    expect(page.guide.flatMap((section) => section.articles)).toHaveLength(
      readdirSync("content/guide/en").filter((file) => file.endsWith(".md")).length,
    );
  });

  it("puts the guides for grandparents and family carers first for a kinship carer", async () => {
    const page = await helpPageAs("KINSHIP_CARER");
    expect(page.guide[0].topic).toBe("kinship");
    expect(page.guide[0].articles.map((article) => article.slug)).toContain("kinship-care-options");
    expect(page.guide.map((section) => section.topic)).toEqual([
      "kinship",
      "plan",
      "meetings",
      "speakingUp",
      "network",
      "safety",
    ]);
  });

  it("names the advice line in Welsh on a Welsh page", async () => {
    const page = await helpPageAs("KINSHIP_CARER", "cy");
    expect(page.adviceLine.name).toBe("Llinell gyngor Family Rights Group");
  });
});

describe("no page promises what is not there", () => {
  // Words of a page still being built ("what this page will show … until then").
  const placeholders =
    /until then|will show|coming soon|not ready yet|tan hynny|fydd y dudalen hon yn ei ddangos|yn dod yn fuan/i;
  const strings = (value: unknown, path: string): [string, string][] =>
    typeof value === "string"
      ? [[path, value]]
      : value && typeof value === "object"
        ? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`))
        : [];

  it.each(["en", "cy"])("%s locale files have no placeholder text", (language) => {
    const found = readdirSync(`locales/${language}`)
      .filter((file) => file.endsWith(".json"))
      .flatMap((file) => strings(JSON.parse(readFileSync(`locales/${language}/${file}`, "utf8")), file))
      .filter(([, text]) => placeholders.test(text));
    expect(found).toEqual([]);
  });
});

describe("pages write dates in words, never as 2026-12-03", () => {
  // An ISO date (or date-time) anywhere in what a loader hands the page to show.
  const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;
  const shownStrings = (value: unknown, key = ""): [string, string][] =>
    typeof value === "string"
      ? [[key, value]]
      : value && typeof value === "object"
        ? Object.entries(value).flatMap(([inner, next]) => shownStrings(next, inner))
        : [];

  it("the rule reports pages, the activity page, the Help page and a directory entry", async () => {
    const family = await createFamily({
      members: [{ role: "PARENT" }, { role: "KINSHIP_CARER" }, { role: "PRACTITIONER" }],
    });
    const [parent, carer] = family.people;
    const access = (member: (typeof family.people)[number]) => ({
      person: { id: member.id, name: member.name, language: "en", sessionId: "test" },
      familyId: family.id,
      membershipId: member.membershipId,
      role: member.role,
      familyName: family.name,
      organisationName: "Test Council",
    });
    const request = new Request("http://localhost/test");
    const ruleId = await proposeRule({
      access: access(parent),
      data: {
        text: "No one who has used drugs looks after the baby.",
        worryId: "",
        warningSigns: "Sleepy.",
        ifBroken: "Call the social worker.",
        whoToCall: "The social worker.",
        involved: [parent.membershipId],
        checkers: [carer.membershipId],
      },
      request,
    });
    const reportId = await createReport({
      access: access(carer),
      ruleId,
      input: {
        kind: "WARNING_SIGN",
        whatHappened: "Sleepy at the door.",
        happenedOn: "2026-11-20",
        happenedAt: "21:30",
      },
      request,
    });
    if (!reportId) throw new Error("the report was not made");
    await ensureNationalDirectory();
    const [entry] = await nationalEntries(["national-frg-advice-line"]);

    const cookie = await cookieFor(carer.id);
    const parentCookie = await cookieFor(parent.id);
    const get = (path: string) => makeRequest(path, { cookie });
    const pages = {
      reports: await reportsLoader({
        request: get(`/families/${family.id}/rules/reports`),
        params: { familyId: family.id },
        context: {},
      }),
      report: await reportLoader({
        request: get(`/families/${family.id}/rules/reports/${reportId}`),
        params: { familyId: family.id, reportId },
        context: {},
      }),
      activity: await activityLoader({
        request: makeRequest(`/families/${family.id}/activity`, { cookie: parentCookie }),
        params: { familyId: family.id },
        context: {},
      }),
      help: await loader({
        request: get(`/families/${family.id}/help`),
        params: { familyId: family.id },
        context: {},
      }),
      entry: await entryLoader({
        request: get(`/directory/${entry.id}`),
        params: { entryId: entry.id },
        context: {},
      }),
    };
    for (const [page, data] of Object.entries(pages)) {
      // `isoDate` is the open-now status's own working value; the page shows its words instead.
      expect(
        shownStrings(data).filter(([key, text]) => key !== "isoDate" && isoDate.test(text)),
        page,
      ).toEqual([]);
    }
    expect(JSON.stringify(pages.report)).toContain("20 November 2026");
    expect(JSON.stringify(pages.report)).toContain("9:30pm");
  });
});
