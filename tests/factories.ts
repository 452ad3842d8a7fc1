// Test data, made fresh by each test. Unique emails keep tests independent of each other.
import { randomUUID } from "node:crypto";

import { startSession } from "~/modules/auth/session.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { FamilyRole } from "~/modules/permissions/matrix";
import { db } from "~/utils/db.server";

export function uniqueEmail(label = "person") {
  return `${label}-${randomUUID().slice(0, 8)}@test.example`;
}

export async function createPerson({ name = "Test Person", email = uniqueEmail(), language = "en" } = {}) {
  return db.person.create({ data: { name, email, language }, select: { id: true, email: true, name: true } });
}

export async function createOrganisation(name = "Test Council") {
  return db.organisation.create({ data: { name, kind: "LOCAL_AUTHORITY" }, select: { id: true } });
}

type MemberSpec = { role: FamilyRole; name?: string; email?: string; relationship?: string };

/** A family with a child and one person per member spec, all active. */
export async function createFamily({
  name = `Family ${randomUUID().slice(0, 6)}`,
  childName = "Robin",
  members = [{ role: "PARENT" }, { role: "PRACTITIONER" }] as MemberSpec[],
} = {}) {
  const organisation = await createOrganisation();
  const family = await db.family.create({
    data: { name, organisationId: organisation.id },
    select: { id: true, name: true },
  });
  await db.child.create({
    data: { familyId: family.id, firstName: childName, dueDate: new Date(Date.now() + 30 * 86_400_000) },
  });
  const people = [];
  for (const member of members) {
    const person = await createPerson({ name: member.name ?? `${member.role} person`, email: member.email });
    const membership = await db.membership.create({
      data: {
        familyId: family.id,
        personId: person.id,
        role: member.role,
        relationship: member.relationship ?? null,
      },
      select: { id: true },
    });
    people.push({ ...person, role: member.role, membershipId: membership.id });
  }
  return { ...family, childName, people };
}

type TestFamily = Awaited<ReturnType<typeof createFamily>>;

/** What the guard hands this member of the family, for calling a module directly. */
export function accessOf(family: TestFamily, member: TestFamily["people"][number]): FamilyAccess {
  return {
    person: { id: member.id, name: member.name, language: "en", sessionId: "test" },
    familyId: family.id,
    membershipId: member.membershipId,
    role: member.role,
    familyName: family.name,
    organisationName: "Test Council",
  };
}

/** A Cookie header for a live session of this person. */
export async function cookieFor(personId: string) {
  const setCookie = await startSession(personId);
  return setCookie.split(";")[0];
}

export function makeRequest(
  path: string,
  {
    cookie,
    method = "GET",
    form,
    headers = {},
  }: {
    cookie?: string;
    method?: string;
    form?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
) {
  const init: RequestInit = { method, headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } };
  if (form) {
    init.body = new URLSearchParams(form).toString();
    (init.headers as Record<string, string>)["Content-Type"] = "application/x-www-form-urlencoded";
  }
  return new Request(`http://localhost${path}`, init);
}

/** A person working for an organisation in this role (a StaffMember row), for organisation pages. */
export async function createStaff(
  organisationId: string,
  role: "ADMIN" | "TEAM_MANAGER" | "SOCIAL_WORKER" | "ADVISER",
  { name = `${role} person`, email = uniqueEmail(role.toLowerCase()) } = {},
) {
  const person = await db.person.create({
    data: { name, email, organisationId },
    select: { id: true, email: true, name: true },
  });
  const staff = await db.staffMember.create({
    data: { organisationId, personId: person.id, role },
    select: { id: true },
  });
  return { ...person, staffId: staff.id };
}
