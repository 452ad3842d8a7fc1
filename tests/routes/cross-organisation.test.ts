// For every route of an organisation's pages (read from app/routes: names starting with
// `organisation`, and `caseload`, so pages added later are covered by themselves), people who
// must not see organisation A's things call the loader and the action:
// - an admin of organisation B gets 404 on any address naming A's things (a staff row, a family),
//   and on B's own pages sees nothing of A (staff names and emails, settings phones, partners);
// - each role of A whose matrix row lacks the route's right gets 403 from the guard, each role
//   that holds it does not. The route's right is read from the guard's own audit row when
//   someone of no organisation is refused, then checked against organisationMatrix;
// - a family member with no staff role gets 404, audited by the guard.
// Routes with no loader or no action are reported as skipped.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { canInOrganisation } from "~/modules/permissions/can";
import {
  organisationRoles,
  type OrganisationAction,
  type OrganisationEntity,
  type OrganisationRole,
} from "~/modules/permissions/matrix";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createOrganisation, createStaff } from "../factories";
import { outcomeOf } from "../setup/matchers";
import { importRoutes, paramNames, urlFor } from "./route-discovery";

const isOrganisationRoute = (name: string) =>
  name === "organisation" ||
  name.startsWith("organisation.") ||
  name.startsWith("organisation_") ||
  name.startsWith("caseload");

const routes = await importRoutes(isOrganisationRoute);

// Organisation A: staff whose names hold the marker, settings phones, a partner charity, a family.
const marker = "Quillwort";
const secretPhones = ["01632 960 771", "01632 960 772"];
let a: {
  id: string;
  staff: Record<OrganisationRole, Awaited<ReturnType<typeof createStaff>>>;
  familyId: string;
  familyName: string;
  partnerName: string;
};
let bAdmin: Awaited<ReturnType<typeof createStaff>>;
let familyOnly: { id: string };

beforeAll(async () => {
  const organisation = await createOrganisation(`${marker} Council`);
  const staff = {} as Record<OrganisationRole, Awaited<ReturnType<typeof createStaff>>>;
  for (const role of organisationRoles)
    staff[role] = await createStaff(organisation.id, role, { name: `${marker} ${role.toLowerCase()}` });
  const partnerName = `${marker} Advice`;
  await db.organisation.create({
    data: { name: partnerName, kind: "CHARITY", partnerOfId: organisation.id },
  });
  await db.organisation.update({
    where: { id: organisation.id },
    data: { socialWorkPhone: secretPhones[0], outOfHoursPhone: secretPhones[1], settingsVersion: 1 },
  });
  await db.organisationSettingsVersion.create({
    data: {
      organisationId: organisation.id,
      version: 1,
      reportLeadWorkingDays: 3,
      auditRetentionDays: 730,
      socialWorkPhone: secretPhones[0],
      outOfHoursPhone: secretPhones[1],
      hiddenNationalServices: "[]",
      changedById: staff.ADMIN.id,
    },
  });
  // A's family, led by A's social worker: the family pages of the organisation name it.
  const familyName = `${marker} family`;
  const family = await db.family.create({
    data: { name: familyName, organisationId: organisation.id, socialWorkerId: staff.SOCIAL_WORKER.id },
    select: { id: true },
  });
  await db.membership.create({
    data: { familyId: family.id, personId: staff.SOCIAL_WORKER.id, role: "PRACTITIONER" },
  });
  a = { id: organisation.id, staff, familyId: family.id, familyName, partnerName };

  // Organisation B has its own admin, staff and settings.
  const b = await createOrganisation("Other Council");
  bAdmin = await createStaff(b.id, "ADMIN", { name: "Other Admin" });
  await createStaff(b.id, "SOCIAL_WORKER", { name: "Other Worker" });
  await db.organisation.update({ where: { id: b.id }, data: { socialWorkPhone: "01632 960 999" } });

  // Someone in a family (of another council), with no staff role anywhere.
  const other = await createFamily({ members: [{ role: "PARENT", name: "Plain Parent" }] });
  familyOnly = other.people[0]!;
});

const secrets = () => [
  marker,
  ...secretPhones,
  ...Object.values(a.staff).flatMap((person) => [person.email, person.staffId]),
  a.familyId,
];

// Ids the sweep itself posts may be echoed back in a form's answer; nothing else of A may appear.
function expectNoSecrets(body: string, where: string, posted?: URLSearchParams) {
  const echoed = new Set(posted ? [...posted.values()] : []);
  for (const secret of secrets().filter((one) => !echoed.has(one)))
    expect(body, `${where} shows ${secret}`).not.toContain(secret);
}

/** A's things by param name; an unknown param gets A's first staff row, so it still names A. */
const valuesOfA = () => ({
  staffId: a.staff.SOCIAL_WORKER.staffId,
  familyId: a.familyId,
  personId: a.staff.SOCIAL_WORKER.id,
});
const paramsOf = (name: string) =>
  Object.fromEntries(
    paramNames(name).map((param) => [
      param,
      (valuesOfA() as Record<string, string>)[param] ?? a.staff.ADMIN.staffId,
    ]),
  );

const forms = () => [
  new URLSearchParams(),
  new URLSearchParams({ confirm: "yes" }),
  new URLSearchParams({ name: "X", email: "x@test.example", role: "ADMIN" }),
  new URLSearchParams({
    version: "1",
    reportLeadWorkingDays: "3",
    auditRetentionDays: "100",
    planEndReadOnlyDays: "90",
  }),
  new URLSearchParams({ socialWorkerId: a.staff.SOCIAL_WORKER.id, staffId: a.staff.ADMIN.staffId }),
];

async function call(
  route: (typeof routes)[number],
  kind: "loader" | "action",
  personId: string,
  form?: URLSearchParams,
) {
  const requestId = `org-sweep-${randomUUID()}`;
  const headers: Record<string, string> = { Cookie: await cookieFor(personId), "x-request-id": requestId };
  const url = `http://localhost${urlFor(route.name, paramsOf(route.name))}`;
  const request =
    kind === "loader"
      ? new Request(url, { headers })
      : new Request(url, {
          method: "POST",
          headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
          body: (form ?? new URLSearchParams()).toString(),
        });
  const outcome = await outcomeOf(() =>
    route.module[kind]!({ request, params: paramsOf(route.name), context: {} }),
  );
  const body = outcome.response
    ? outcome.response.bodyUsed
      ? ""
      : await outcome.response.text()
    : JSON.stringify(outcome.data ?? null);
  return { status: outcome.status, body: `${outcome.location ?? ""}\n${body}`, requestId };
}

const auditOf = (requestId: string, outcome: "denied" | "not-found") =>
  db.auditEvent.findMany({ where: { requestId, outcome }, select: { action: true } });

/** The route's right, as the guard names it when it refuses someone of no organisation. */
async function rightOf(route: (typeof routes)[number], kind: "loader" | "action") {
  const refused = await call(route, kind, familyOnly.id);
  expect(refused.status, `${route.name} ${kind} for a family member`).toBe(404);
  const [row] = await auditOf(refused.requestId, "not-found");
  expect(row, `${route.name} ${kind}: the guard's not-found audit row`).toBeDefined();
  const [entity, action] = row!.action.split(".") as [OrganisationEntity, string];
  return { entity, action: action as OrganisationAction<OrganisationEntity> };
}

describe.each(routes)("$name", (route) => {
  const named = paramNames(route.name).length > 0;

  it.skipIf(!route.module.loader)(
    "loader: refuses people outside, as the matrix says for A's roles",
    async () => {
      const { entity, action } = await rightOf(route, "loader");
      for (const role of organisationRoles) {
        const outcome = await call(route, "loader", a.staff[role].id);
        if (canInOrganisation([role], entity, action))
          expect(outcome.status, `${role} may ${entity}.${action}`).toBeLessThan(400);
        else {
          expect(outcome.status, `${role} may not ${entity}.${action}`).toBe(403);
          expect(await auditOf(outcome.requestId, "denied")).not.toHaveLength(0);
        }
      }
      const other = await call(route, "loader", bAdmin.id);
      if (named) expect(other.status).toBe(404);
      else expect(other.status).toBeLessThan(500);
      expectNoSecrets(other.body, `${route.name} for B's admin`);
    },
  );

  it.skipIf(!route.module.action)(
    "action: refuses people outside, as the matrix says for A's roles",
    async () => {
      const { entity, action } = await rightOf(route, "action");
      for (const role of organisationRoles.filter((one) => !canInOrganisation([one], entity, action))) {
        for (const form of forms()) {
          const outcome = await call(route, "action", a.staff[role].id, form);
          expect(outcome.status, `${role} may not ${entity}.${action}`).toBe(403);
        }
      }
      for (const form of forms()) {
        const outcome = await call(route, "action", bAdmin.id, form);
        if (named) expect(outcome.status).toBe(404);
        else expect(outcome.status).toBeLessThan(500);
        expectNoSecrets(outcome.body, `${route.name} action for B's admin`, form);
        const nobody = await call(route, "action", familyOnly.id, form);
        expect(nobody.status).toBe(404);
      }
    },
  );
});

describe("the sweep itself", () => {
  it("finds the organisation routes", () => {
    const names = routes.map((route) => route.name);
    expect(names).toEqual(
      expect.arrayContaining(["organisation._index", "organisation.staff._index", "organisation.settings"]),
    );
    expect(urlFor("organisation.staff.$staffId", { staffId: "abc" })).toBe("/organisation/staff/abc");
  });

  it("A's data is really there and B's admin sees their own", async () => {
    const staffPage = routes.find((route) => route.name === "organisation.staff._index")!;
    const own = await call(staffPage, "loader", a.staff.ADMIN.id);
    expect(own.body).toContain(`${marker} social_worker`);
    const settingsPage = routes.find((route) => route.name === "organisation.settings")!;
    expect((await call(settingsPage, "loader", a.staff.ADMIN.id)).body).toContain(secretPhones[0]);
    const theirs = await call(staffPage, "loader", bAdmin.id);
    expect(theirs.body).toContain("Other Worker");
    expect((await call(settingsPage, "loader", bAdmin.id)).body).toContain("01632 960 999");
  });

  it("the sweep changed nothing of A's staff or settings", async () => {
    expect(await db.staffMember.count({ where: { organisationId: a.id, removedAt: null } })).toBe(
      organisationRoles.length,
    );
    expect(await db.organisationSettingsVersion.count({ where: { organisationId: a.id } })).toBe(1);
    expect(await db.organisation.count({ where: { partnerOfId: a.id } })).toBe(1);
  });
});
