// The caseload's budget, as a count of SQL statements for one document request (the root and
// the page loaders, as Remix runs them): the same for a social worker with one family as for
// one with forty, each family holding a row of every kind, and within a page's budget. Counted
// on whichever database the run is on (SQLite by default, PostgreSQL with TEST_DATABASE_URL).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";

import * as root from "~/root";
import * as caseloadPage from "~/routes/caseload";
import { db } from "~/utils/db.server";

import { cookieFor, createOrganisation, createPerson, makeRequest } from "../factories";
import { createFamilyWithEverything } from "../fixtures/family-with-everything";
import { countStatements, installCountingClient } from "./sql-counter";

// The session, the organisation roles, the families with their counts, the meetings, the open
// invitations, the commitments with check-ins, the audit row, and the session's touch.
const BUDGET = { statements: 8, auditRows: 1 };
const MANY = 40;

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;
type Page = { families: { id: string; lines: { kind: string }[] }[] };

async function socialWorker(organisationId: string, name: string) {
  const person = await createPerson({ name });
  await db.staffMember.create({ data: { organisationId, personId: person.id, role: "SOCIAL_WORKER" } });
  return person;
}

/** One document request of /caseload, counted. */
async function measure(personId: string) {
  const cookie = await cookieFor(personId);
  // Past the last-seen granularity, so the request touches the session as a real one would.
  await db.session.updateMany({
    where: { personId },
    data: { lastSeenAt: new Date(Date.now() - 5 * 60_000) },
  });
  const context = {};
  let page: Page | undefined;
  const measured = await countStatements(async () => {
    const [, answer] = await Promise.all(
      [root.loader, caseloadPage.loader as Loader].map((loader) =>
        loader({ request: makeRequest("/caseload", { cookie }), params: {}, context }),
      ),
    );
    page = answer as Page;
  });
  return { page: page!, ...measured };
}

let one: string;
let many: string;

beforeAll(async () => {
  installCountingClient();
  const { id: organisationId } = await createOrganisation("Budget Council");
  one = (await socialWorker(organisationId, "Una Worker")).id;
  many = (await socialWorker(organisationId, "Max Worker")).id;
  for (let index = 0; index < MANY; index++) {
    const family = await createFamilyWithEverything({ marker: `Budget${index}` });
    const workers = index === 0 ? [one, many] : [many];
    await db.membership.createMany({
      data: workers.map((personId) => ({ familyId: family.id, personId, role: "PRACTITIONER" as const })),
    });
  }
}, 600_000);

describe("one document request of the caseload", () => {
  it(`costs the same statements for 1 family as for ${MANY}, within the budget`, async () => {
    const small = await measure(one);
    const large = await measure(many);
    expect(small.page.families).toHaveLength(1);
    expect(large.page.families).toHaveLength(MANY);
    // Every family has something waiting of several kinds, so every read had rows to do.
    for (const family of large.page.families)
      expect(family.lines.map((line) => line.kind)).toEqual(
        expect.arrayContaining([
          "endorse",
          "corrections",
          "disagreements",
          "papers",
          "approvals",
          "invitations",
        ]),
      );
    expect(large.count, large.statements.join("\n")).toBe(small.count);
    expect(large.count, large.statements.join("\n")).toBeLessThanOrEqual(BUDGET.statements);
    expect(large.auditRows).toBe(BUDGET.auditRows);
    expect(large.sessionUpdates).toBe(1);
  });
});
