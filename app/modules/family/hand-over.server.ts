// Moving a family to another social worker, and a second practitioner for a time. The guard reads
// memberships on every request, so whoever loses a membership here loses access at their next one.
import { recordAudit } from "~/modules/audit/audit.server";
import { handOverQuestions } from "~/modules/questions/questions.server";
import { db, inTransaction, retryOnRace } from "~/utils/db.server";
import { addDays, ukInstant, ukParts, type IsoDate } from "~/utils/uk-time";

/** Staff roles that can lead a family or work in it for a time. */
export const practitionerStaffRoles = ["SOCIAL_WORKER", "TEAM_MANAGER"] as const;

/** The longest a second practitioner can be added for, in days. */
export const SECOND_PRACTITIONER_MAX_DAYS = 183;

/** The organisation's families, with their social worker: names and dates only, no content. */
export async function listOrganisationFamilies({ organisationId }: { organisationId: string }) {
  const families = await db.family.findMany({
    where: { organisationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      createdAt: true,
      socialWorkerId: true,
      planEndedAt: true,
      accessEndsAt: true,
    },
  });
  const names = await namesOf(families.map((family) => family.socialWorkerId));
  return families.map((family) => ({
    id: family.id,
    name: family.name,
    openedAt: family.createdAt,
    socialWorker: family.socialWorkerId ? (names.get(family.socialWorkerId) ?? null) : null,
    planEnd:
      family.planEndedAt && family.accessEndsAt
        ? { endedOn: family.planEndedAt, readableUntil: family.accessEndsAt }
        : null,
  }));
}

async function namesOf(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const people = wanted.length
    ? await db.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } })
    : [];
  return new Map(people.map((person) => [person.id, person.name]));
}

/** The organisation's staff who can work in a family: active social workers and team managers. */
export async function practitionerStaff({ organisationId }: { organisationId: string }) {
  const rows = await db.staffMember.findMany({
    where: { organisationId, removedAt: null, role: { in: [...practitionerStaffRoles] } },
    select: { personId: true, role: true, person: { select: { name: true } } },
  });
  return rows
    .map((row) => ({ personId: row.personId, role: row.role, name: row.person.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
}

async function isPractitionerStaff(organisationId: string, personId: string) {
  const row = await db.staffMember.findFirst({
    where: { organisationId, personId, removedAt: null, role: { in: [...practitionerStaffRoles] } },
    select: { id: true },
  });
  return Boolean(row);
}

/** What the hand-over page shows of one family: its name, lead and practitioners now. */
export async function handOverView({ familyId, now = new Date() }: { familyId: string; now?: Date }) {
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      socialWorkerId: true,
      memberships: {
        where: { role: "PRACTITIONER", status: "ACTIVE" },
        orderBy: { createdAt: "asc" },
        select: { id: true, personId: true, endsAt: true, person: { select: { name: true } } },
      },
    },
  });
  const names = await namesOf([family.socialWorkerId]);
  return {
    id: family.id,
    name: family.name,
    openedAt: family.createdAt,
    socialWorkerId: family.socialWorkerId,
    socialWorker: family.socialWorkerId ? (names.get(family.socialWorkerId) ?? null) : null,
    // Practitioners added for a time whose time has not ended.
    temporary: family.memberships
      .filter((row) => row.endsAt && row.endsAt > now)
      .map((row) => ({
        membershipId: row.id,
        personId: row.personId,
        name: row.person.name,
        endsAt: row.endsAt!,
      })),
    /** People already working in the family now, who cannot be added again. */
    working: family.memberships.filter((row) => !row.endsAt || row.endsAt > now).map((row) => row.personId),
  };
}

export type HandOverOutcome = { ok: true } | { ok: false; error: "not-staff" | "same-person" | "changed" };

/**
 * Moves the family to another social worker in one transaction. The write on the family is
 * conditional on the lead the manager saw (`fromPersonId`), so of two hand-overs at once only the
 * first lands and the family never has two leads. The old lead's membership ends; the new lead's
 * is made, or reopened (one membership per family and person).
 */
export async function handOver({
  familyId,
  organisationId,
  fromPersonId,
  toPersonId,
  byPersonId,
  request,
}: {
  familyId: string;
  organisationId: string;
  fromPersonId: string | null;
  toPersonId: string;
  byPersonId: string;
  request: Request;
}): Promise<HandOverOutcome> {
  if (toPersonId === fromPersonId) return { ok: false, error: "same-person" };
  if (!(await isPractitionerStaff(organisationId, toPersonId))) return { ok: false, error: "not-staff" };
  return retryOnRace(() =>
    inTransaction(async (): Promise<HandOverOutcome> => {
      const now = new Date();
      const moved = await db.family.updateMany({
        where: { id: familyId, organisationId, socialWorkerId: fromPersonId },
        data: { socialWorkerId: toPersonId },
      });
      if (moved.count !== 1) return { ok: false, error: "changed" };
      if (fromPersonId) {
        await db.membership.updateMany({
          where: { familyId, personId: fromPersonId, role: "PRACTITIONER", status: { not: "REMOVED" } },
          data: { status: "REMOVED", removedAt: now, removedById: byPersonId },
        });
        // Threads asked of the social worker go with the family to the new one.
        await handOverQuestions({ familyId, fromPersonId, toPersonId });
      }
      await db.membership.upsert({
        where: { familyId_personId: { familyId, personId: toPersonId } },
        create: {
          familyId,
          personId: toPersonId,
          role: "PRACTITIONER",
          approvedById: byPersonId,
          approvedAt: now,
        },
        // A lead has no end date, whatever they were before.
        update: {
          role: "PRACTITIONER",
          status: "ACTIVE",
          endsAt: null,
          removedAt: null,
          removedById: null,
          approvedById: byPersonId,
          approvedAt: now,
        },
      });
      await db.practitionerChange.create({
        data: { familyId, fromPersonId, toPersonId, changedById: byPersonId, createdAt: now },
      });
      await recordAudit({
        request,
        action: "family.handOver",
        actorId: byPersonId,
        familyId,
        entity: "family",
        entityId: familyId,
      });
      return { ok: true };
    }),
  );
}

export type SecondPractitionerOutcome =
  { ok: true } | { ok: false; error: "not-staff" | "already-working" | "ends-past" | "ends-too-far" };

/**
 * Adds a staff member as a practitioner until a date (a student, a duty worker): from the start
 * of that day (UK time) they have no access. Someone who was in the family before is reopened.
 */
export async function addSecondPractitioner({
  familyId,
  organisationId,
  personId,
  endsOn,
  byPersonId,
  request,
  now = new Date(),
}: {
  familyId: string;
  organisationId: string;
  personId: string;
  endsOn: IsoDate;
  byPersonId: string;
  request: Request;
  now?: Date;
}): Promise<SecondPractitionerOutcome> {
  const today = ukParts(now).date;
  if (endsOn <= today) return { ok: false, error: "ends-past" };
  if (endsOn > addDays(today, SECOND_PRACTITIONER_MAX_DAYS)) return { ok: false, error: "ends-too-far" };
  if (!(await isPractitionerStaff(organisationId, personId))) return { ok: false, error: "not-staff" };
  const endsAt = ukInstant(endsOn, "00:00");
  return retryOnRace(() =>
    inTransaction(async (): Promise<SecondPractitionerOutcome> => {
      const existing = await db.membership.findUnique({
        where: { familyId_personId: { familyId, personId } },
        select: { id: true, status: true, endsAt: true },
      });
      const stillWorking =
        existing && existing.status !== "REMOVED" && (!existing.endsAt || existing.endsAt > now);
      if (stillWorking) return { ok: false, error: "already-working" };
      const membership = existing
        ? await db.membership.update({
            where: { id: existing.id },
            data: {
              role: "PRACTITIONER",
              status: "ACTIVE",
              endsAt,
              removedAt: null,
              removedById: null,
              approvedById: byPersonId,
              approvedAt: now,
            },
            select: { id: true },
          })
        : await db.membership.create({
            data: {
              familyId,
              personId,
              role: "PRACTITIONER",
              endsAt,
              approvedById: byPersonId,
              approvedAt: now,
            },
            select: { id: true },
          });
      await recordAudit({
        request,
        action: "family.secondPractitioner.add",
        actorId: byPersonId,
        familyId,
        entity: "membership",
        entityId: membership.id,
      });
      return { ok: true };
    }),
  );
}

/** Ends a second practitioner's time early. Only a membership with an end date: never the lead. */
export async function endSecondPractitioner({
  familyId,
  membershipId,
  byPersonId,
  request,
}: {
  familyId: string;
  membershipId: string;
  byPersonId: string;
  request: Request;
}): Promise<boolean> {
  const now = new Date();
  const ended = await db.membership.updateMany({
    where: { id: membershipId, familyId, role: "PRACTITIONER", status: "ACTIVE", endsAt: { gt: now } },
    data: { status: "REMOVED", removedAt: now, removedById: byPersonId },
  });
  if (ended.count !== 1) return false;
  await recordAudit({
    request,
    action: "family.secondPractitioner.end",
    actorId: byPersonId,
    familyId,
    entity: "membership",
    entityId: membershipId,
  });
  return true;
}
