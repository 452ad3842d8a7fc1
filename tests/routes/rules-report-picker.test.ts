import { describe, expect, it } from "vitest";

import type { RuleFields } from "~/modules/rules/rules.schema.server";
import { proposeRule, retireRule } from "~/modules/rules/rules.server";
import * as homePage from "~/routes/families.$familyId._index";
import * as rulesPage from "~/routes/families.$familyId.rules._index";
import * as pickPage from "~/routes/families.$familyId.rules.report";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";

// "Report a broken rule" from the family home and the rules list: pick the rule, then its form.

const request = new Request("http://localhost/test");
type Family = Awaited<ReturnType<typeof createFamily>>;
type Member = Family["people"][number];

const fields = (text: string, involved: string[]): RuleFields => ({
  text,
  worryId: "",
  warningSigns: "",
  ifBroken: "Call.",
  whoToCall: "",
  involved,
  checkers: [],
});

/** The status a loader answers with; the guard's 403 is thrown as `data(…, { status })`. */
async function load(loader: (args: never) => Promise<unknown>, family: Family, member: Member, path: string) {
  return loader({
    request: makeRequest(path, { cookie: await cookieFor(member.id) }),
    params: { familyId: family.id },
    context: {},
  } as never);
}

describe("report a broken rule", () => {
  it("lists the rules in use to pick from, goes straight to the form when there is one, and is only for those who may report", async () => {
    const family = await createFamily({
      members: [
        { role: "PARENT", name: "Mum Pick" },
        { role: "NETWORK_MEMBER", name: "Aunt Pick" },
        { role: "PRACTITIONER", name: "Worker Pick" },
        { role: "ADVISER", name: "Adviser Pick" },
      ],
    });
    const [mum, aunt, worker, adviser] = family.people;
    const path = `/families/${family.id}/rules/report`;
    const first = await proposeRule({
      access: accessOf(family, mum),
      data: fields("Bedtime is seven.", [mum.membershipId]),
      request,
    });

    // One rule in use: straight to its report form.
    await expect(load(pickPage.loader, family, aunt, path)).toRedirectTo(
      `/families/${family.id}/rules/${first}/report`,
    );

    // Several: the person picks; an ended rule is not offered.
    const second = await proposeRule({
      access: accessOf(family, mum),
      data: fields("No drinking at home.", [mum.membershipId]),
      request,
    });
    const ended = await proposeRule({
      access: accessOf(family, mum),
      data: fields("An old rule.", [mum.membershipId]),
      request,
    });
    await retireRule({ access: accessOf(family, worker), ruleId: ended, reason: "Done.", request });
    const picked = (await load(pickPage.loader, family, aunt, path)) as {
      rules: { id: string; text: string }[];
    };
    expect(picked.rules).toEqual([
      { id: first, text: "Bedtime is seven." },
      { id: second, text: "No drinking at home." },
    ]);

    // Only those the matrix lets report: not the practitioner, and the adviser sees no rules.
    await expect(load(pickPage.loader, family, worker, path)).toHaveStatus(403);
    await expect(load(pickPage.loader, family, adviser, path)).toBeNotFound();

    // The home page and the rules list offer it to the same people.
    const home = async (member: Member) =>
      ((await load(homePage.loader, family, member, `/families/${family.id}`)) as { canReportRule: boolean })
        .canReportRule;
    expect(await home(aunt)).toBe(true);
    expect(await home(mum)).toBe(true);
    expect(await home(worker)).toBe(false);
    expect(await home(adviser)).toBe(false);
    const list = async (member: Member) =>
      (
        (await load(rulesPage.loader, family, member, `/families/${family.id}/rules`)) as {
          canReport: boolean;
        }
      ).canReport;
    expect(await list(aunt)).toBe(true);
    expect(await list(worker)).toBe(false);
  });
});
