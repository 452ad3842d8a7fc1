// First run: the organisation, its first settings version and its first admin, made once.
import { db, inTransaction } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

import type { SetUpInput } from "./organisation.schema.server";

export type SetUpOutcome =
  { created: true; organisationId: string; adminId: string } | { created: false; organisationName: string };

/**
 * Makes the organisation, its settings version 1 and its first admin (a person and an ADMIN staff
 * row) in one transaction. Once any organisation exists it changes nothing: set-up runs once per
 * database, and later staff are added on /organisation/staff.
 */
export async function setUpOrganisation(input: SetUpInput): Promise<SetUpOutcome> {
  return inTransaction(async () => {
    // Two set-ups started at once must not both find the database empty. SQLite runs one writer
    // at a time; PostgreSQL is told to queue them.
    if (/^postgres(ql)?:\/\//.test(getEnv().DATABASE_URL))
      await db.$executeRaw`SELECT pg_advisory_xact_lock(715001)`;
    const existing = await db.organisation.findFirst({
      where: { partnerOfId: null },
      orderBy: { createdAt: "asc" },
      select: { name: true },
    });
    if (existing) return { created: false, organisationName: existing.name };
    const organisation = await db.organisation.create({
      data: { name: input.organisation, kind: input.kind, settingsVersion: 1 },
      select: {
        id: true,
        reportLeadWorkingDays: true,
        auditRetentionDays: true,
        planEndReadOnlyDays: true,
        socialWorkPhone: true,
        outOfHoursPhone: true,
        hiddenNationalServices: true,
      },
    });
    const { id: organisationId, ...settings } = organisation;
    await db.organisationSettingsVersion.create({
      data: { organisationId, version: 1, ...settings, changedById: null },
    });
    const admin = await db.person.upsert({
      where: { email: input.adminEmail },
      create: { email: input.adminEmail, name: input.adminName, organisationId },
      update: {},
      select: { id: true, organisationId: true },
    });
    if (!admin.organisationId) await db.person.update({ where: { id: admin.id }, data: { organisationId } });
    await db.staffMember.create({
      data: { organisationId, personId: admin.id, role: "ADMIN", addedById: null },
    });
    return { created: true, organisationId, adminId: admin.id };
  });
}

// Once set up, always set up: no need to ask the database again in this process.
let known = false;

// Development and demo databases are filled by their seeds; a production or test server starts
// empty and waits for set-up like any real service.
const setUpEnvironments: readonly string[] = ["production", "test"];

/** Whether a production or test server still waits for `npm run setup` (no organisation yet). */
export async function setUpNeeded(): Promise<boolean> {
  if (known || !setUpEnvironments.includes(getEnv().APP_ENV)) return false;
  known = (await db.organisation.count()) > 0;
  return !known;
}

/** Tests switch environments within one process. */
export function forgetSetUpForTests() {
  known = false;
}
