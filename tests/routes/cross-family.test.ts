// For every route file in app/routes (read from the folder, so new routes are covered
// automatically): a signed-in person from another family gets 404 on family routes, and no
// route ever returns the other family's data.
import { readdirSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { cookieFor, createFamily, makeRequest } from "../factories";

const routeFiles = readdirSync("app/routes").filter((file) => /\.(tsx?|jsx?)$/.test(file));

/** Remix v2 flat-route file name to a URL, with params filled in. */
function urlFor(file: string, params: Record<string, string>) {
  const segments = file
    .replace(/\.(tsx?|jsx?)$/, "")
    .split(".")
    .filter((segment) => segment !== "_index" && !/^_[^_]/.test(segment))
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) => (segment === "$" ? "anything" : segment.startsWith("$") ? params[segment.slice(1)] : segment));
  return `/${segments.join("/")}`;
}

function paramsOf(file: string, values: Record<string, string>) {
  const names = [...file.matchAll(/\$(\w+)/g)].map((match) => match[1]);
  return Object.fromEntries(names.map((name) => [name, values[name] ?? "x"]).concat(file.includes("$.") ? [["*", "anything"]] : []));
}

type Outcome = { status: number; body: string };

async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn();
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response) return { status: result.status, body: result.bodyUsed ? "" : await result.text() };
  if (result && typeof result === "object" && "init" in result && "data" in result) {
    const wrapped = result as { data: unknown; init?: ResponseInit | null };
    return { status: wrapped.init?.status ?? 200, body: JSON.stringify(wrapped.data) };
  }
  if (result instanceof Error) throw result;
  return { status: 200, body: JSON.stringify(result ?? null) };
}

let target: Awaited<ReturnType<typeof createFamily>>;
let outsiderId: string;
// A fresh session for every request: some routes (sign-out, quick exit) end the one they get.
const outsider = () => cookieFor(outsiderId);

beforeAll(async () => {
  target = await createFamily({
    name: "Zephyrine Target Family",
    childName: "Quillonia",
    members: [
      { role: "PARENT", name: "Parent Marwick" },
      { role: "NETWORK_MEMBER", name: "Network Thistlewood" },
      { role: "KINSHIP_CARER", name: "Carer Oakhampton" },
      { role: "ADVISER", name: "Adviser Brindlecombe" },
      { role: "PRACTITIONER", name: "Practitioner Falconbridge" },
    ],
  });
  // The outsider is a practitioner, the widest role, but in a different family.
  const other = await createFamily({ members: [{ role: "PRACTITIONER" }] });
  outsiderId = other.people[0].id;
});

const secrets = () => [target.name, target.childName, ...target.people.flatMap((person) => [person.name, person.email])];

describe.each(routeFiles)("%s, for someone from another family", (file) => {
  const isFamilyRoute = file.includes("$familyId");

  it("gives 404 and none of the family's data from the loader", async () => {
    const route = await import(`../../app/routes/${file}`);
    if (!route.loader) return;
    const values = { familyId: target.id, token: "A".repeat(43), lng: "en" };
    const params = paramsOf(file, values);
    const outcome = await run(async () =>
      route.loader({ request: makeRequest(urlFor(file, values), { cookie: await outsider() }), params, context: {} }),
    );
    if (isFamilyRoute) expect(outcome.status).toBe(404);
    for (const secret of secrets()) expect(outcome.body).not.toContain(secret);
  });

  it("gives 404 and none of the family's data from the action", async () => {
    const route = await import(`../../app/routes/${file}`);
    if (!route.action) return;
    const values = { familyId: target.id, token: "A".repeat(43), lng: "en" };
    const params = paramsOf(file, values);
    const forms: Record<string, string>[] = [{}, { intent: "remove", id: target.people[0].membershipId }, { name: "X", email: "x@test.example", role: "PARENT" }];
    for (const form of forms) {
      const outcome = await run(async () =>
        route.action({ request: makeRequest(urlFor(file, values), { cookie: await outsider(), method: "POST", form }), params, context: {} }),
      );
      if (isFamilyRoute) expect(outcome.status).toBe(404);
      for (const secret of secrets()) expect(outcome.body).not.toContain(secret);
    }
  });
});

describe("the sweep itself", () => {
  it("finds the family routes", () => {
    expect(routeFiles.filter((file) => file.includes("$familyId")).length).toBeGreaterThanOrEqual(7);
    expect(urlFor("families.$familyId.network.invite.tsx", { familyId: "abc" })).toBe("/families/abc/network/invite");
  });

  it("leaves the other family's members untouched", async () => {
    const { db } = await import("~/utils/db.server");
    const statuses = await db.membership.findMany({ where: { familyId: target.id }, select: { status: true } });
    expect(statuses.every((row) => row.status === "ACTIVE")).toBe(true);
  });
});
