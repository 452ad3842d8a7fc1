// First run, staff and settings of an organisation, on whichever database the run is on.
import { beforeAll, describe, expect, it } from "vitest";

import { ensureNationalDirectory, listDirectory } from "~/modules/directory/directory.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import {
  AddStaffSchema,
  SettingsSchema,
  SetUpSchema,
} from "~/modules/organisation/organisation.schema.server";
import {
  changeSettings,
  hiddenNationalServicesFor,
  readSettings,
  settingsHistory,
} from "~/modules/organisation/settings.server";
import { setUpOrganisation } from "~/modules/organisation/setup.server";
import {
  addStaffMember,
  listPartners,
  listStaff,
  removeStaffMember,
} from "~/modules/organisation/staff.server";
import { getOrganisationScope } from "~/modules/permissions/organisation-guard.server";
import { action as signInAction } from "~/routes/sign-in._index";
import { action as codeAction } from "~/routes/sign-in.code";
import { db } from "~/utils/db.server";

import {
  cookieFor,
  createFamily,
  createOrganisation,
  createPerson,
  createStaff,
  makeRequest,
  uniqueEmail,
} from "../factories";

const request = () =>
  new Request("http://localhost/organisation", { headers: { "x-request-id": crypto.randomUUID() } });
const staffInput = (input: Record<string, string>) => AddStaffSchema.parse(input);

let setUp: Awaited<ReturnType<typeof setUpOrganisation>>;
const adminEmail = uniqueEmail("first-admin");

beforeAll(async () => {
  await ensureNationalDirectory();
  // The first organisation of this file's database: set-up runs before anything else here.
  setUp = await setUpOrganisation(
    SetUpSchema.parse({
      organisation: "Northbridge Council",
      kind: "council",
      adminEmail: `  ${adminEmail.toUpperCase()} `,
      adminName: "First Admin",
    }),
  );
});

describe("first run", () => {
  it("makes the council, its settings version 1 and its first admin, once", async () => {
    expect(setUp.created).toBe(true);
    if (!setUp.created) return expect.unreachable();
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: setUp.organisationId } });
    expect(organisation).toMatchObject({
      name: "Northbridge Council",
      kind: "LOCAL_AUTHORITY",
      settingsVersion: 1,
    });
    expect(await db.organisationSettingsVersion.count({ where: { organisationId: organisation.id } })).toBe(
      1,
    );
    const admin = await db.person.findUniqueOrThrow({ where: { id: setUp.adminId } });
    expect(admin).toMatchObject({ email: adminEmail, name: "First Admin", organisationId: organisation.id });
    expect(
      await db.staffMember.findMany({
        where: { personId: admin.id },
        select: { role: true, addedById: true },
      }),
    ).toEqual([{ role: "ADMIN", addedById: null }]);

    const counts = async () => [
      await db.organisation.count(),
      await db.person.count(),
      await db.staffMember.count(),
    ];
    const before = await counts();
    const again = await setUpOrganisation(
      SetUpSchema.parse({
        organisation: "Another",
        kind: "charity",
        adminEmail: "x@y.example",
        adminName: "X",
      }),
    );
    expect(again).toEqual({ created: false, organisationName: "Northbridge Council" });
    expect(await counts()).toEqual(before);
  });

  it("reads a charity as CHARITY and refuses bad arguments with translation keys", () => {
    expect(
      SetUpSchema.parse({ organisation: "Kin", kind: "charity", adminEmail: "a@b.example", adminName: "A" })
        .kind,
    ).toBe("CHARITY");
    const bad = SetUpSchema.safeParse({ organisation: "", kind: "town", adminEmail: "nope" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["organisation", "organisation:errors.organisation.required"],
      ["kind", "organisation:errors.kind.invalid"],
      ["adminEmail", "organisation:errors.email.invalid"],
      ["adminName", "organisation:errors.name.required"],
    ]);
  });

  it("lets the new admin sign in with the usual email code, and gives them the organisation's rights", async () => {
    const signIn = await signInAction({
      request: makeRequest("/sign-in?index", { method: "POST", form: { email: adminEmail } }),
      params: {},
      context: { clientIp: "203.0.113.9" },
    });
    expect(signIn).toHaveStatus(302);
    await runDueJobs();
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: adminEmail },
      orderBy: { createdAt: "desc" },
    });
    const code = mail.text.match(/\b(\d{6})\b/)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    const signedIn = (await codeAction({
      request: makeRequest("/sign-in/code", { method: "POST", form: { email: adminEmail, code: code! } }),
      params: {},
      context: {},
    })) as Response;
    expect(signedIn.status).toBe(302);
    const cookie = signedIn.headers.get("Set-Cookie")!.split(";")[0];
    const scope = await getOrganisationScope(makeRequest("/organisation", { cookie }), {});
    if (!setUp.created) return expect.unreachable();
    expect(scope?.roles[setUp.organisationId]).toEqual(["ADMIN"]);
  });
});

describe("staff", () => {
  it("adds a new person with a lower-case email, and sends an invitation with no case words", async () => {
    const council = await createOrganisation("Ashford Council");
    const admin = await createStaff(council.id, "ADMIN");
    const email = uniqueEmail("new-worker");
    const outcome = await addStaffMember({
      organisationId: council.id,
      actorId: admin.id,
      input: staffInput({ email: ` ${email.toUpperCase()}`, name: "New Worker", role: "SOCIAL_WORKER" }),
      request: request(),
    });
    expect(outcome).toMatchObject({ ok: true, partnerId: null });
    const person = await db.person.findUniqueOrThrow({ where: { email } });
    expect(person).toMatchObject({ name: "New Worker", organisationId: council.id });
    expect((await listStaff(council.id)).map((row) => [row.name, row.role])).toEqual([
      ["ADMIN person", "ADMIN"],
      ["New Worker", "SOCIAL_WORKER"],
    ]);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe("You have been added to Safety Circle");
    expect(mail.text).toContain("Ashford Council added you to Safety Circle.");
    expect(mail.text).toContain("http://localhost:3000/sign-in");
    expect(mail.text).not.toMatch(/family|child|plan|protection|social work/i);
    expect(await db.auditEvent.count({ where: { action: "staff.add", actorId: admin.id } })).toBe(1);
  });

  it("reuses a known person, writes to them in their language, and refuses adding them twice", async () => {
    const council = await createOrganisation("Caerwen Council");
    const admin = await createStaff(council.id, "ADMIN");
    const known = await createPerson({ name: "Known Person", language: "cy" });
    const add = () =>
      addStaffMember({
        organisationId: council.id,
        actorId: admin.id,
        input: staffInput({ email: known.email, name: "Another Name", role: "TEAM_MANAGER" }),
        request: request(),
      });
    expect(await add()).toMatchObject({ ok: true });
    expect(await db.person.count({ where: { email: known.email } })).toBe(1);
    expect((await db.person.findUniqueOrThrow({ where: { id: known.id } })).name).toBe("Known Person");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: known.email } });
    expect(mail.text).toContain("Mae Caerwen Council wedi eich ychwanegu at Safety Circle.");
    expect(await add()).toEqual({ ok: false, error: "already-staff" });
  });

  it("an adviser names a new advice charity (a partner of the council) or one already there", async () => {
    const council = await createOrganisation("Bryn Council");
    const admin = await createStaff(council.id, "ADMIN");
    const first = await addStaffMember({
      organisationId: council.id,
      actorId: admin.id,
      input: staffInput({
        email: uniqueEmail("adv"),
        name: "Ada Adviser",
        role: "ADVISER",
        partnerName: "Kin Help",
      }),
      request: request(),
    });
    if (!first.ok) return expect.unreachable();
    const partner = await db.organisation.findUniqueOrThrow({ where: { id: first.partnerId! } });
    expect(partner).toMatchObject({ name: "Kin Help", kind: "CHARITY", partnerOfId: council.id });
    expect((await db.person.findUniqueOrThrow({ where: { id: first.personId } })).organisationId).toBe(
      partner.id,
    );
    expect(await listPartners(council.id)).toEqual([{ id: partner.id, name: "Kin Help" }]);

    const second = await addStaffMember({
      organisationId: council.id,
      actorId: admin.id,
      input: staffInput({
        email: uniqueEmail("adv2"),
        name: "Ben Adviser",
        role: "ADVISER",
        partnerId: partner.id,
      }),
      request: request(),
    });
    expect(second).toMatchObject({ ok: true, partnerId: partner.id });
    expect((await listStaff(council.id)).find((row) => row.name === "Ben Adviser")?.partner).toBe("Kin Help");

    // Another council's partner cannot be picked.
    const other = await createOrganisation("Other Council");
    const outcome = await addStaffMember({
      organisationId: other.id,
      actorId: admin.id,
      input: staffInput({ email: uniqueEmail("adv3"), name: "C", role: "ADVISER", partnerId: partner.id }),
      request: request(),
    });
    expect(outcome).toEqual({ ok: false, error: "unknown-partner" });
    expect(
      AddStaffSchema.safeParse({ email: "a@b.example", name: "A", role: "ADVISER" }).error?.issues[0]
        ?.message,
    ).toBe("organisation:errors.partner.required");
  });

  it("removes someone (their rights end on their next request), keeps the last admin, and can add them again", async () => {
    const council = await createOrganisation("Dale Council");
    const admin = await createStaff(council.id, "ADMIN");
    const manager = await createStaff(council.id, "TEAM_MANAGER");
    const cookie = await cookieFor(manager.id);
    const scopeOf = async () =>
      (await getOrganisationScope(makeRequest("/organisation", { cookie }), {}))?.roles;
    expect(await scopeOf()).toEqual({ [council.id]: ["TEAM_MANAGER"] });

    expect(
      await removeStaffMember({
        organisationId: council.id,
        actorId: admin.id,
        staffId: manager.staffId,
        request: request(),
      }),
    ).toEqual({ ok: true });
    expect(await scopeOf()).toEqual({});
    const row = await db.staffMember.findUniqueOrThrow({ where: { id: manager.staffId } });
    expect(row.removedById).toBe(admin.id);
    expect(row.removedAt).toBeInstanceOf(Date);
    expect((await listStaff(council.id)).map((one) => one.name)).toEqual(["ADMIN person"]);

    expect(
      await removeStaffMember({
        organisationId: council.id,
        actorId: admin.id,
        staffId: admin.staffId,
        request: request(),
      }),
    ).toEqual({ ok: false, error: "last-admin" });
    expect((await db.staffMember.findUniqueOrThrow({ where: { id: admin.staffId } })).removedAt).toBeNull();

    // Another council's admin cannot reach this staff row.
    const other = await createOrganisation("Far Council");
    expect(
      await removeStaffMember({
        organisationId: other.id,
        actorId: admin.id,
        staffId: admin.staffId,
        request: request(),
      }),
    ).toEqual({ ok: false, error: "not-found" });

    const back = await addStaffMember({
      organisationId: council.id,
      actorId: admin.id,
      input: staffInput({ email: manager.email, name: manager.name, role: "SOCIAL_WORKER" }),
      request: request(),
    });
    expect(back).toMatchObject({ ok: true, staffId: manager.staffId });
    expect(await scopeOf()).toEqual({ [council.id]: ["SOCIAL_WORKER"] });
  });
});

describe("settings", () => {
  const input = (values: Record<string, string | string[]>) => SettingsSchema.parse(values);

  it("saves a whole new version with who changed it, and refuses a save from an old version", async () => {
    const council = await createOrganisation("Eden Council");
    const admin = await createStaff(council.id, "ADMIN", { name: "Eve Admin" });
    const national = await db.directoryEntry.findMany({
      where: { organisationId: null },
      select: { serviceId: true },
    });
    expect(national.length).toBeGreaterThan(1);
    const [kept, ...rest] = national.map((entry) => entry.serviceId);
    const saved = await changeSettings({
      organisationId: council.id,
      actorId: admin.id,
      input: input({
        version: "0",
        socialWorkPhone: "01632 960 123",
        outOfHoursPhone: "",
        reportLeadWorkingDays: "4",
        auditRetentionDays: "365",
        planEndReadOnlyDays: "60",
        shown: [kept],
      }),
      request: request(),
    });
    expect(saved).toEqual({ ok: true, version: 1 });
    expect(await readSettings(council.id)).toEqual({
      version: 1,
      socialWorkPhone: "01632 960 123",
      outOfHoursPhone: null,
      reportLeadWorkingDays: 4,
      auditRetentionDays: 365,
      planEndReadOnlyDays: 60,
      hidden: rest,
    });
    const rows = await db.organisationSettingsVersion.findMany({ where: { organisationId: council.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      version: 1,
      changedById: admin.id,
      reportLeadWorkingDays: 4,
      planEndReadOnlyDays: 60,
    });
    expect((await settingsHistory(council.id)).map((row) => [row.version, row.by])).toEqual([
      [1, "Eve Admin"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "settings.change", entityId: council.id } })).toBe(1);

    const stale = await changeSettings({
      organisationId: council.id,
      actorId: admin.id,
      input: input({
        version: "0",
        reportLeadWorkingDays: "2",
        auditRetentionDays: "90",
        planEndReadOnlyDays: "90",
      }),
      request: request(),
    });
    expect(stale).toMatchObject({ ok: false, error: "saved-first", by: "Eve Admin", bySelf: true });
    expect((await readSettings(council.id)).reportLeadWorkingDays).toBe(4);
    expect(await db.organisationSettingsVersion.count({ where: { organisationId: council.id } })).toBe(1);
  });

  it("refuses days outside the rules and a phone that cannot be dialled", () => {
    const result = SettingsSchema.safeParse({
      version: "1",
      socialWorkPhone: "call us",
      reportLeadWorkingDays: "6",
      auditRetentionDays: "30",
      planEndReadOnlyDays: "3",
    });
    expect(Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      socialWorkPhone: "organisation:errors.phone.invalid",
      reportLeadWorkingDays: "organisation:errors.leadDays.range",
      auditRetentionDays: "organisation:errors.retention.range",
      planEndReadOnlyDays: "organisation:errors.readOnlyDays.range",
    });
  });

  it("hides a national service from the families of a council that hides it, not from others", async () => {
    const family = await createFamily();
    const membership = await db.family.findUniqueOrThrow({
      where: { id: family.id },
      select: { organisationId: true },
    });
    const frank = await db.directoryEntry.findFirstOrThrow({
      where: { organisationId: null, serviceId: "national-frank" },
      select: { id: true },
    });
    await db.organisation.update({
      where: { id: membership.organisationId },
      data: { hiddenNationalServices: JSON.stringify(["national-frank"]) },
    });
    const hidden = await hiddenNationalServicesFor([membership.organisationId]);
    expect(hidden).toEqual(["national-frank"]);
    const ids = async (hide: string[]) =>
      (await listDirectory([], { q: "frank" }, "en", hide)).entries.map((entry) => entry.id);
    expect(await ids(hidden)).toEqual([]);
    expect(await ids([])).toEqual([frank.id]);
    // In two councils' families, only what both hide is hidden.
    const other = await createOrganisation();
    expect(await hiddenNationalServicesFor([membership.organisationId, other.id])).toEqual([]);
    expect(await hiddenNationalServicesFor([])).toEqual([]);
  });
});
