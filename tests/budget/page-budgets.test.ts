// Budgets as counts, never timings: the SQL statements and rows written by one document
// request of the plan page and of the family home, with every loader of the route tree
// (root, family layout, page) run as Remix runs them: in parallel, sharing one load context.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";

import type { PlanContent } from "~/modules/plan/plan.schema.server";
import * as root from "~/root";
import * as familyLayout from "~/routes/families.$familyId";
import * as familyHome from "~/routes/families.$familyId._index";
import * as planPage from "~/routes/families.$familyId.plan._index";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { createFamilyWithEverything, type FamilyWithEverything } from "../fixtures/family-with-everything";
import { outcomeOf, type RouteOutcome } from "../setup/matchers";
import { countStatements, installCountingClient } from "./sql-counter";

// Counted on whichever database the run is on (SQLite by default, PostgreSQL with
// TEST_DATABASE_URL): the same budgets hold on both.

// Statements per page, with the session due for its touch: exact, so an added query fails the test.
const BUDGET = { planStatements: 7, homeStatements: 8, auditRows: 1, sessionUpdates: 1 };

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

/** One document request: Remix gives every loader its own copy of the request and the same context. */
async function documentRequest(
  loaders: Loader[],
  path: string,
  cookie: string,
  params: Record<string, string>,
) {
  const context = {};
  return Promise.all(
    loaders.map((loader) => loader({ request: makeRequest(path, { cookie }), params, context })),
  );
}

const content = {
  level: "CHILD_PROTECTION",
  category: null,
  initialConferenceDate: "2026-01-05",
  nextReviewDate: "2026-04-05",
  worries: [
    {
      id: "worryaaaa1",
      professional: "Neglect of the baby's needs.",
      plain: "We worry the baby is not fed on time.",
    },
  ],
  complicatingFactors: [],
  workingWell: [{ id: "wellaaaaa1", text: "Nan visits every day." }],
  goals: [{ id: "goalaaaaa1", worryId: "worryaaaa1", text: "The baby is fed on time every day." }],
  actions: [] as {
    id: string;
    what: string;
    whoMembershipId: string | null;
    whoName: string;
    byWhen: string | null;
    status: string;
  }[],
  ifNotFollowed: "We meet again.",
  scalingQuestion: "How safe is the baby?",
};

let family: FamilyWithEverything;
let parentCookie: string;

beforeAll(async () => {
  installCountingClient();
  // A family with a row of every kind, so each page reads real data; its plan is the one above.
  family = await createFamilyWithEverything({
    plan: ({ parent, network }) => {
      content.actions = [
        {
          id: "actionaaa1",
          what: "Feed the baby at set times.",
          whoMembershipId: parent.membershipId,
          whoName: "",
          byWhen: "2026-02-01",
          status: "NOT_STARTED",
        },
        {
          id: "actionaaa2",
          what: "Visit on Sundays.",
          whoMembershipId: network.membershipId,
          whoName: "",
          byWhen: null,
          status: "NOT_STARTED",
        },
        {
          id: "actionaaa3",
          what: "Check in weekly.",
          whoMembershipId: null,
          whoName: "Health visitor",
          byWhen: null,
          status: "NOT_STARTED",
        },
      ];
      return content as PlanContent;
    },
  });
  parentCookie = await cookieFor(family.people.parent.id);
});

/** Makes the next request of this session the one that has to touch it (past the last-seen granularity). */
async function ageSession(personId: string) {
  await db.session.updateMany({
    where: { personId },
    data: { lastSeenAt: new Date(Date.now() - 5 * 60_000) },
  });
}

describe("one document request", () => {
  it("of the plan page stays within the SQL and write budgets, and records which version was read", async () => {
    const path = `/families/${family.id}/plan`;
    await ageSession(family.people.parent.id);
    let page: unknown;
    const measured = await countStatements(async () => {
      [, , page] = await documentRequest(
        [root.loader, familyLayout.loader, planPage.loader as Loader],
        path,
        parentCookie,
        { familyId: family.id },
      );
    });
    expect(page).toMatchObject({ plan: { number: 2, publishedBy: family.people.practitioner.name } });
    // The page gets its glossary links ready-made from the server.
    expect(
      (page as { glossaryLinks: Record<string, unknown[]> }).glossaryLinks["Neglect of the baby's needs."],
    ).toEqual([{ text: "Neglect", slug: "neglect", plain: expect.any(String) }, " of the baby's needs."]);
    expect(measured.count, measured.statements.join("\n")).toBe(BUDGET.planStatements);
    expect(measured.auditRows).toBe(BUDGET.auditRows);
    expect(measured.sessionUpdates).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { familyId: family.id, actorId: family.people.parent.id },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({ action: "plan.view", entity: "planVersion", entityId: "2", outcome: "ok" });
  });

  it("of the family home stays within the SQL and write budgets on a return visit", async () => {
    const path = `/families/${family.id}`;
    const params = { familyId: family.id };
    const loaders = [root.loader, familyLayout.loader, familyHome.loader as Loader];
    await documentRequest(loaders, path, parentCookie, params);
    // Since that visit: a new version, a shared view by someone else, and a score.
    const { parent, network, practitioner } = family.people;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db.planVersion.create({
      data: { familyId: family.id, number: 3, content, publishedById: practitioner.id },
    });
    await db.itemView.create({
      data: {
        familyId: family.id,
        itemId: "goalaaaaa1",
        personId: network.id,
        stance: "NOT_SURE",
        words: "",
        shared: true,
        version: 3,
      },
    });
    await db.itemView.create({
      data: {
        familyId: family.id,
        itemId: "goalaaaaa1",
        personId: practitioner.id,
        stance: "AGREE",
        words: "",
        shared: false,
        version: 3,
      },
    });
    await db.scaleScore.create({
      data: { familyId: family.id, personId: network.id, role: "NETWORK_MEMBER", score: 6, note: "" },
    });
    await ageSession(parent.id);

    let page: unknown;
    const measured = await countStatements(async () => {
      [, , page] = await documentRequest(loaders, path, parentCookie, params);
    });
    expect(page).toMatchObject({
      whatsNew: { versions: [3], views: 1, scores: 1, answers: 0, corrections: 0 },
    });
    expect(measured.count, measured.statements.join("\n")).toBe(BUDGET.homeStatements);
    expect(measured.auditRows).toBe(BUDGET.auditRows);
    expect(measured.sessionUpdates).toBe(1);
  });

  it("of a family the person is not in writes one refusal and no other row", async () => {
    const other = await createFamily();
    const path = `/families/${other.id}/plan`;
    let answer: RouteOutcome | undefined;
    const measured = await countStatements(async () => {
      answer = await outcomeOf(
        documentRequest([root.loader, familyLayout.loader, planPage.loader as Loader], path, parentCookie, {
          familyId: other.id,
        }),
      );
    });
    expect(answer).toBeNotFound();
    expect(measured.auditRows).toBe(1);
    expect(await db.auditEvent.count({ where: { familyId: other.id, outcome: "not-found" } })).toBe(1);
  });
});
