// Opening a family space, handing it over and a second practitioner for a time, as the domain
// functions do them, and what the guard then lets each person see (on both databases).
import { describe, expect, it } from "vitest";

import { getViewer } from "~/modules/auth/session.server";
import { OpenFamilySpaceSchema } from "~/modules/family/family-space.schema.server";
import {
  familyHomeFacts,
  HAND_OVER_NOTICE_DAYS,
  openFamilySpace,
} from "~/modules/family/family-space.server";
import {
  addSecondPractitioner,
  endSecondPractitioner,
  handOver,
  listOrganisationFamilies,
} from "~/modules/family/hand-over.server";
import { familyTimescales } from "~/modules/meetings/meetings.server";
import { listMembers } from "~/modules/network/network.server";
import { getOrganisationScope } from "~/modules/permissions/organisation-guard.server";
import { db } from "~/utils/db.server";
import { addDays, addMonths, ukParts } from "~/utils/uk-time";

import { cookieFor, createOrganisation, createPerson, makeRequest } from "../factories";

const request = () => makeRequest("/families/new", { method: "POST" });
const today = () => ukParts(new Date()).date;

async function staff(organisationId: string, role: "ADMIN" | "TEAM_MANAGER" | "SOCIAL_WORKER", name: string) {
  const person = await createPerson({ name });
  await db.staffMember.create({ data: { organisationId, personId: person.id, role } });
  return person;
}

async function openedSpace() {
  const organisation = await createOrganisation("Space Council");
  const worker = await staff(organisation.id, "SOCIAL_WORKER", "Sam Worker");
  const input = OpenFamilySpaceSchema(today()).parse({
    name: "Poppy's family",
    children: [
      { firstName: "Poppy", born: "born", dateOfBirth: addDays(today(), -400) },
      { firstName: "Baby", born: "expected", dueDate: addDays(today(), 60) },
    ],
    category: "NEGLECT",
    conferenceDate: addDays(today(), -20),
  });
  const { familyId } = await openFamilySpace({
    organisationId: organisation.id,
    socialWorkerId: worker.id,
    input,
    request: request(),
  });
  return { organisation, worker, familyId };
}

/** The families the guard lets this person into on their next request. */
async function familiesOf(personId: string) {
  const viewer = await getViewer(makeRequest("/families", { cookie: await cookieFor(personId) }));
  return viewer?.memberships.map((membership) => membership.familyId) ?? [];
}

describe("opening a family space", () => {
  it("makes the family, its children, the social worker's membership, the first change and an audit row", async () => {
    const { organisation, worker, familyId } = await openedSpace();
    const family = await db.family.findUniqueOrThrow({
      where: { id: familyId },
      select: {
        name: true,
        organisationId: true,
        category: true,
        socialWorkerId: true,
        openedById: true,
        children: {
          orderBy: { createdAt: "asc" },
          select: { firstName: true, dateOfBirth: true, dueDate: true },
        },
        memberships: { select: { personId: true, role: true, status: true } },
        practitionerChanges: { select: { fromPersonId: true, toPersonId: true } },
      },
    });
    expect(family).toMatchObject({
      name: "Poppy's family",
      organisationId: organisation.id,
      category: "NEGLECT",
      socialWorkerId: worker.id,
      openedById: worker.id,
      memberships: [{ personId: worker.id, role: "PRACTITIONER", status: "ACTIVE" }],
      practitionerChanges: [{ fromPersonId: null, toPersonId: worker.id }],
    });
    expect(family.children.map((child) => child.firstName)).toEqual(["Poppy", "Baby"]);
    expect(family.children[0].dateOfBirth).not.toBeNull();
    expect(family.children[1]).toMatchObject({ dateOfBirth: null });
    expect(ukParts(family.children[1].dueDate!).date).toBe(addDays(today(), 60));
    const audit = await db.auditEvent.findFirst({ where: { familyId, action: "family.open" } });
    expect(audit).toMatchObject({ actorId: worker.id, entityId: familyId, outcome: "ok" });
    expect(await familiesOf(worker.id)).toEqual([familyId]);
  });

  it("refuses dates that are not real or not sensible, with a key for each", () => {
    const schema = OpenFamilySpaceSchema("2026-06-15");
    const result = schema.safeParse({
      name: " ",
      children: [
        { firstName: "A", born: "born", dateOfBirth: "2026-02-30" },
        { firstName: "B", born: "born", dateOfBirth: "2026-06-16" },
        { firstName: "C", born: "expected", dueDate: "2026-04-01" },
        { firstName: "", born: "expected", dueDate: "2027-06-01" },
        { firstName: "E" },
      ],
      category: "SOMETHING",
      conferenceDate: "2024-01-01",
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(issues).toEqual({
      name: "family-space:errors.name.required",
      "children.0.dateOfBirth": "family-space:errors.dateOfBirth.invalid",
      "children.1.dateOfBirth": "family-space:errors.dateOfBirth.future",
      "children.2.dueDate": "family-space:errors.dueDate.past",
      "children.3.firstName": "family-space:errors.childName.required",
      "children.4.born": "family-space:errors.born.required",
      category: "family-space:errors.category.required",
      conferenceDate: "family-space:errors.conferenceDate.tooOld",
    });
  });

  it("starts the meeting timescales from the conference date when no conference is booked", async () => {
    const { familyId, worker } = await openedSpace();
    const membership = await db.membership.findFirstOrThrow({ where: { familyId, personId: worker.id } });
    const { due } = await familyTimescales({ access: { familyId, role: "PRACTITIONER", adviserView: null } });
    expect(membership.role).toBe("PRACTITIONER");
    expect(due.map((row) => row.kind)).toEqual(["CORE_GROUP", "REVIEW_CONFERENCE"]);
    expect(due.find((row) => row.kind === "REVIEW_CONFERENCE")?.dueBy).toBe(
      addMonths(addDays(today(), -20), 3),
    );
  });
});

describe("handing a family over", () => {
  it("ends the old worker's membership, makes the new one's, records the change, and the old worker loses access", async () => {
    const { organisation, worker, familyId } = await openedSpace();
    const manager = await staff(organisation.id, "TEAM_MANAGER", "Tia Manager");
    const next = await staff(organisation.id, "SOCIAL_WORKER", "Nia Next");
    expect(await familiesOf(worker.id)).toEqual([familyId]);

    const outcome = await handOver({
      familyId,
      organisationId: organisation.id,
      fromPersonId: worker.id,
      toPersonId: next.id,
      byPersonId: manager.id,
      request: request(),
    });
    expect(outcome).toEqual({ ok: true });
    expect(await familiesOf(worker.id)).toEqual([]);
    expect(await familiesOf(next.id)).toEqual([familyId]);
    const old = await db.membership.findFirstOrThrow({ where: { familyId, personId: worker.id } });
    expect(old).toMatchObject({ status: "REMOVED", removedById: manager.id });
    expect(old.removedAt).not.toBeNull();
    const changes = await db.practitionerChange.findMany({
      where: { familyId },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map(({ fromPersonId, toPersonId }) => [fromPersonId, toPersonId])).toEqual([
      [null, worker.id],
      [worker.id, next.id],
    ]);
    expect(await listOrganisationFamilies({ organisationId: organisation.id })).toMatchObject([
      { id: familyId, name: "Poppy's family", socialWorker: "Nia Next" },
    ]);

    // The family home says who it is now, for a while.
    expect((await familyHomeFacts({ familyId })).newSocialWorker).toMatchObject({ name: "Nia Next" });
    const later = new Date(Date.now() + (HAND_OVER_NOTICE_DAYS + 1) * 86_400_000);
    expect((await familyHomeFacts({ familyId, now: later })).newSocialWorker).toBeNull();

    // Handing back reopens the first worker's membership (one row per family and person).
    expect(
      await handOver({
        familyId,
        organisationId: organisation.id,
        fromPersonId: next.id,
        toPersonId: worker.id,
        byPersonId: manager.id,
        request: request(),
      }),
    ).toEqual({ ok: true });
    expect(await familiesOf(worker.id)).toEqual([familyId]);
    expect(await familiesOf(next.id)).toEqual([]);
    expect(await db.membership.count({ where: { familyId, personId: worker.id } })).toBe(1);
  });

  it("refuses a stale lead, the same person and someone who is not practitioner staff", async () => {
    const { organisation, worker, familyId } = await openedSpace();
    const admin = await staff(organisation.id, "ADMIN", "Ada Admin");
    const next = await staff(organisation.id, "SOCIAL_WORKER", "Nia Next");
    const outsider = await createPerson({ name: "Olly Outsider" });
    const base = { familyId, organisationId: organisation.id, byPersonId: admin.id, request: request() };
    expect(await handOver({ ...base, fromPersonId: worker.id, toPersonId: worker.id })).toEqual({
      ok: false,
      error: "same-person",
    });
    expect(await handOver({ ...base, fromPersonId: worker.id, toPersonId: admin.id })).toEqual({
      ok: false,
      error: "not-staff",
    });
    expect(await handOver({ ...base, fromPersonId: worker.id, toPersonId: outsider.id })).toEqual({
      ok: false,
      error: "not-staff",
    });
    expect(await handOver({ ...base, fromPersonId: admin.id, toPersonId: next.id })).toEqual({
      ok: false,
      error: "changed",
    });
    const family = await db.family.findUniqueOrThrow({
      where: { id: familyId },
      select: { socialWorkerId: true },
    });
    expect(family.socialWorkerId).toBe(worker.id);
    expect(await familiesOf(next.id)).toEqual([]);
  });
});

describe("a second practitioner for a time", () => {
  it("is no longer read by the organisation guard once the end date has come", async () => {
    const { familyId, organisation } = await openedSpace();
    const charity = await createOrganisation("Advice Charity");
    const adviser = await db.person.create({
      data: { name: "Ada Adviser", email: `adviser-${familyId}@test.example`, organisationId: charity.id },
      select: { id: true },
    });
    await db.membership.create({
      data: { familyId, personId: adviser.id, role: "ADVISER", endsAt: new Date(Date.now() + 86_400_000) },
    });
    const scope = async () =>
      getOrganisationScope(makeRequest("/directory", { cookie: await cookieFor(adviser.id) }));
    expect((await scope())?.roles[charity.id]).toEqual(["ADVISER"]);
    expect((await scope())?.readable).toContain(organisation.id);
    await db.membership.updateMany({
      where: { familyId, personId: adviser.id },
      data: { endsAt: new Date(Date.now() - 1000) },
    });
    expect((await scope())?.roles[charity.id]).toBeUndefined();
    expect((await scope())?.readable).not.toContain(organisation.id);
  });

  it("has access until the end date, then none; the end can come early", async () => {
    const { organisation, worker, familyId } = await openedSpace();
    const manager = await staff(organisation.id, "TEAM_MANAGER", "Tia Manager");
    const student = await staff(organisation.id, "SOCIAL_WORKER", "Stu Student");
    const base = { familyId, organisationId: organisation.id, byPersonId: manager.id, request: request() };

    expect(await addSecondPractitioner({ ...base, personId: student.id, endsOn: today() })).toEqual({
      ok: false,
      error: "ends-past",
    });
    expect(
      await addSecondPractitioner({ ...base, personId: student.id, endsOn: addDays(today(), 400) }),
    ).toEqual({
      ok: false,
      error: "ends-too-far",
    });
    expect(
      await addSecondPractitioner({ ...base, personId: worker.id, endsOn: addDays(today(), 7) }),
    ).toEqual({
      ok: false,
      error: "already-working",
    });
    expect(
      await addSecondPractitioner({ ...base, personId: student.id, endsOn: addDays(today(), 7) }),
    ).toEqual({
      ok: true,
    });
    expect(await familiesOf(student.id)).toEqual([familyId]);

    // The end date comes: no access on the next request, from either guard.
    await db.membership.updateMany({
      where: { familyId, personId: student.id },
      data: { endsAt: new Date(Date.now() - 1000) },
    });
    expect(await familiesOf(student.id)).toEqual([]);
    expect(await familiesOf(worker.id)).toEqual([familyId]);
    // Nor is the network page's list showing them any more.
    const members = await listMembers({ familyId, withContacts: false });
    expect(members.map((member) => member.personId)).toEqual([worker.id]);

    // Added again, then ended early.
    expect(
      await addSecondPractitioner({ ...base, personId: student.id, endsOn: addDays(today(), 7) }),
    ).toEqual({
      ok: true,
    });
    expect(await familiesOf(student.id)).toEqual([familyId]);
    const membership = await db.membership.findFirstOrThrow({ where: { familyId, personId: student.id } });
    expect(
      await endSecondPractitioner({
        familyId,
        membershipId: membership.id,
        byPersonId: manager.id,
        request: request(),
      }),
    ).toBe(true);
    expect(await familiesOf(student.id)).toEqual([]);
    // The lead has no end date: this never ends them.
    const lead = await db.membership.findFirstOrThrow({ where: { familyId, personId: worker.id } });
    expect(
      await endSecondPractitioner({
        familyId,
        membershipId: lead.id,
        byPersonId: manager.id,
        request: request(),
      }),
    ).toBe(false);
    expect(await familiesOf(worker.id)).toEqual([familyId]);
  });
});
