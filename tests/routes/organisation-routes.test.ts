// The organisation pages called as the browser would: the guard, the forms' refusals, the
// confirm step, the saved-first answer and the set-up page of an empty production database.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { ensureNationalDirectory } from "~/modules/directory/directory.server";
import { forgetSetUpForTests } from "~/modules/organisation/setup.server";
import { loader as rootLoader } from "~/root";
import { loader as indexLoader } from "~/routes/_index";
import { loader as familiesLoader } from "~/routes/families._index";
import { loader as homeLoader } from "~/routes/organisation._index";
import { action as settingsAction, loader as settingsLoader } from "~/routes/organisation.settings";
import { loader as staffLoader } from "~/routes/organisation.staff._index";
import { action as removeAction, loader as removeLoader } from "~/routes/organisation.staff.$staffId";
import { action as addAction, loader as addLoader } from "~/routes/organisation.staff.new";
import { loader as signInLoader } from "~/routes/sign-in._index";
import { db } from "~/utils/db.server";
import { overrideEnvForTests, resetEnvForTests } from "~/utils/env.server";

import {
  cookieFor,
  createFamily,
  createOrganisation,
  createStaff,
  makeRequest,
  uniqueEmail,
} from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

type Call = (args: LoaderFunctionArgs) => Promise<unknown>;
const get = (loader: Call, path: string, cookie?: string, params: Record<string, string> = {}) =>
  loader({ request: makeRequest(path, { cookie }), params, context: {} });
const post = (
  action: Call,
  path: string,
  cookie: string,
  form: Record<string, string>,
  params: Record<string, string> = {},
) => action({ request: makeRequest(path, { cookie, method: "POST", form }), params, context: {} });
const postList = (action: Call, path: string, cookie: string, form: [string, string][]) =>
  action({
    request: new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    }),
    params: {},
    context: {},
  });

afterEach(() => {
  resetEnvForTests();
  forgetSetUpForTests();
});

describe("an empty database", () => {
  it("shows how to run set-up on the landing and sign-in pages of a production or test server", async () => {
    // Nothing made yet in this file's database.
    expect(await db.organisation.count()).toBe(0);
    for (const APP_ENV of ["production", "test"] as const) {
      overrideEnvForTests({ APP_ENV });
      expect(await get(indexLoader, "/")).toEqual({ setUpNeeded: true });
      expect(await get(signInLoader, "/sign-in")).toMatchObject({ setUpNeeded: true });
    }
  });

  it("shows nothing of it in development or the demo, whose seeds fill the database", async () => {
    expect(await db.organisation.count()).toBe(0);
    for (const APP_ENV of ["development", "demo"] as const) {
      overrideEnvForTests({ APP_ENV });
      expect(await get(indexLoader, "/")).toEqual({ setUpNeeded: false });
      expect(await get(signInLoader, "/sign-in")).not.toHaveProperty("setUpNeeded");
    }
  });
});

let council: { id: string };
let admin: Awaited<ReturnType<typeof createStaff>>;
let adminCookie: string;

beforeAll(async () => {
  await ensureNationalDirectory();
});

describe("the organisation pages", () => {
  beforeAll(async () => {
    council = await createOrganisation("Route Council");
    admin = await createStaff(council.id, "ADMIN", { name: "Route Admin" });
    adminCookie = await cookieFor(admin.id);
  });

  it("once an organisation exists, production shows the usual pages", async () => {
    overrideEnvForTests({ APP_ENV: "production" });
    expect(await get(indexLoader, "/")).toEqual({ setUpNeeded: false });
  });

  it("answers each organisation role as the matrix says, and 404 to someone of no organisation", async () => {
    const family = await createFamily();
    const outsider = await cookieFor(family.people[0].id);
    const cookies = {
      TEAM_MANAGER: await cookieFor((await createStaff(council.id, "TEAM_MANAGER")).id),
      SOCIAL_WORKER: await cookieFor((await createStaff(council.id, "SOCIAL_WORKER")).id),
      ADVISER: await cookieFor((await createStaff(council.id, "ADVISER")).id),
    };
    await expect(get(homeLoader, "/organisation", adminCookie)).toHaveStatus(200);
    await expect(get(staffLoader, "/organisation/staff", adminCookie)).toHaveStatus(200);
    await expect(get(addLoader, "/organisation/staff/new", adminCookie)).toHaveStatus(200);
    await expect(get(settingsLoader, "/organisation/settings", adminCookie)).toHaveStatus(200);

    await expect(get(staffLoader, "/organisation/staff", cookies.TEAM_MANAGER)).toHaveStatus(200);
    await expect(get(addLoader, "/organisation/staff/new", cookies.TEAM_MANAGER)).toHaveStatus(403);
    expect(await get(settingsLoader, "/organisation/settings", cookies.TEAM_MANAGER)).toMatchObject({
      canChange: false,
    });
    await expect(
      post(settingsAction, "/organisation/settings", cookies.TEAM_MANAGER, { version: "0" }),
    ).toHaveStatus(403);
    for (const role of ["SOCIAL_WORKER", "ADVISER"] as const) {
      await expect(get(homeLoader, "/organisation", cookies[role])).toHaveStatus(403);
      await expect(get(staffLoader, "/organisation/staff", cookies[role])).toHaveStatus(403);
    }
    await expect(get(homeLoader, "/organisation", outsider)).toBeNotFound();
    await expect(get(staffLoader, "/organisation/staff", outsider)).toBeNotFound();
    await expect(get(staffLoader, "/organisation/staff")).toHaveStatus(302);
  });

  it("shows the menu link to people who may see the organisation's settings", async () => {
    const worker = await createStaff(council.id, "SOCIAL_WORKER");
    const linkFor = async (cookie: string) =>
      (
        (await get(rootLoader as Call, "/directory", cookie)) as { staffLinks: { to: string }[] }
      ).staffLinks.some((link) => link.to === "/organisation");
    expect(await linkFor(adminCookie)).toBe(true);
    expect(await linkFor(await cookieFor(worker.id))).toBe(false);
  });

  it("starts an admin in no family at their organisation, and a member of a family at their families", async () => {
    await expect(
      outcomeOf(() => get(familiesLoader as Call, "/families", adminCookie)),
    ).resolves.toRedirectTo("/organisation");
    const family = await createFamily();
    const other = await createOrganisation();
    await db.staffMember.create({
      data: { organisationId: other.id, personId: family.people[0].id, role: "ADMIN" },
    });
    const memberCookie = await cookieFor(family.people[0].id);
    await expect(
      outcomeOf(() => get(familiesLoader as Call, "/families", memberCookie)),
    ).resolves.toRedirectTo(`/families/${family.id}`);
  });

  it("refuses an add form with each field's error and keeps what was typed", async () => {
    const refused = await post(addAction, "/organisation/staff/new", adminCookie, {
      name: "",
      email: "not-an-email",
      role: "ADVISER",
    });
    expect(refused).toRefuseWith({
      name: "organisation:errors.name.required",
      email: "organisation:errors.email.invalid",
      partnerId: "organisation:errors.partner.required",
    });
    expect(typedValuesOf((await outcomeOf(refused)).data)).toMatchObject({ email: "not-an-email" });
    await expect(
      post(addAction, "/organisation/staff/new", adminCookie, {
        name: "A",
        email: admin.email,
        role: "ADMIN",
      }),
    ).toRefuseWith({ email: "organisation:errors.already-staff" });
  });

  it("adds a social worker, then removes them after the confirm step", async () => {
    const email = uniqueEmail("added");
    await expect(
      post(addAction, "/organisation/staff/new", adminCookie, {
        name: "Added Worker",
        email,
        role: "SOCIAL_WORKER",
        partnerId: "",
        partnerName: "",
      }),
    ).toRedirectTo("/organisation/staff?done=added");
    const row = await db.staffMember.findFirstOrThrow({
      where: { organisationId: council.id, person: { email } },
    });
    const params = { staffId: row.id };
    const path = `/organisation/staff/${row.id}`;
    expect(await get(removeLoader, path, adminCookie, params)).toMatchObject({
      member: { name: "Added Worker", role: "SOCIAL_WORKER" },
    });
    // No confirm, no removal.
    await expect(post(removeAction, path, adminCookie, {}, params)).toRefuseWith({
      confirm: "organisation:errors.confirm",
    });
    await expect(post(removeAction, path, adminCookie, { confirm: "yes" }, params)).toRedirectTo(
      "/organisation/staff?done=removed",
    );
    expect((await db.staffMember.findUniqueOrThrow({ where: { id: row.id } })).removedById).toBe(admin.id);
    await expect(get(removeLoader, path, adminCookie, params)).toBeNotFound();
  });

  it("keeps the last admin, with a clear error", async () => {
    const path = `/organisation/staff/${admin.staffId}`;
    await expect(
      post(removeAction, path, adminCookie, { confirm: "yes" }, { staffId: admin.staffId }),
    ).toRefuseWith({ "": "organisation:errors.last-admin" }, 409);
  });

  it("saves settings, refuses bad values, and answers an old version with the saved-first page", async () => {
    const page = (await get(settingsLoader, "/organisation/settings", adminCookie)) as {
      values: { version: string; shown: string[] };
      services: { serviceId: string }[];
    };
    expect(page.values.version).toBe("0");
    expect(page.values.shown).toEqual(page.services.map((service) => service.serviceId));
    await expect(
      post(settingsAction, "/organisation/settings", adminCookie, {
        version: "0",
        reportLeadWorkingDays: "9",
        auditRetentionDays: "10",
        planEndReadOnlyDays: "1000",
      }),
    ).toRefuseWith({
      reportLeadWorkingDays: "organisation:errors.leadDays.range",
      auditRetentionDays: "organisation:errors.retention.range",
      planEndReadOnlyDays: "organisation:errors.readOnlyDays.range",
    });
    const form: [string, string][] = [
      ["version", "0"],
      ["socialWorkPhone", "01632 960 555"],
      ["outOfHoursPhone", "01632 960 556"],
      ["reportLeadWorkingDays", "3"],
      ["auditRetentionDays", "400"],
      ["planEndReadOnlyDays", "90"],
      ["shown", page.services[0]!.serviceId],
    ];
    await expect(postList(settingsAction, "/organisation/settings", adminCookie, form)).toRedirectTo(
      "/organisation/settings?done=saved",
    );
    const stale = await outcomeOf(postList(settingsAction, "/organisation/settings", adminCookie, form));
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({
      conflict: {
        saved: { version: "1", socialWorkPhone: "01632 960 555" },
        by: "Route Admin",
        bySelf: true,
      },
    });
    expect(typedValuesOf(stale.data)).toMatchObject({ auditRetentionDays: "400" });
    const after = (await get(settingsLoader, "/organisation/settings", adminCookie)) as {
      history: { version: number; by: string | null }[];
    };
    expect(after.history.map((row) => [row.version, row.by])).toEqual([[1, "Route Admin"]]);
  });
});
