// An organisation's settings: phones, papers' lead time, audit retention, how long an ended
// plan's space stays open to read, and which national services its families see. Every save is a new whole version, kept for good.
import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { db, inTransaction } from "~/utils/db.server";

import type { SettingsInput } from "./organisation.schema.server";

const ServiceIds = z.array(z.string());

/** The stored JSON list of hidden national services; anything unreadable hides nothing. */
export function parseHidden(stored: string | null | undefined): string[] {
  try {
    const parsed = ServiceIds.safeParse(JSON.parse(stored ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const settingsFields = {
  settingsVersion: true,
  socialWorkPhone: true,
  outOfHoursPhone: true,
  reportLeadWorkingDays: true,
  auditRetentionDays: true,
  planEndReadOnlyDays: true,
  hiddenNationalServices: true,
} as const;

export type Settings = {
  version: number;
  socialWorkPhone: string | null;
  outOfHoursPhone: string | null;
  reportLeadWorkingDays: number;
  auditRetentionDays: number;
  planEndReadOnlyDays: number;
  hidden: string[];
};

export async function readSettings(organisationId: string): Promise<Settings> {
  const row = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: settingsFields,
  });
  return {
    version: row.settingsVersion,
    socialWorkPhone: row.socialWorkPhone,
    outOfHoursPhone: row.outOfHoursPhone,
    reportLeadWorkingDays: row.reportLeadWorkingDays,
    auditRetentionDays: row.auditRetentionDays,
    planEndReadOnlyDays: row.planEndReadOnlyDays,
    hidden: parseHidden(row.hiddenNationalServices),
  };
}

/** The national directory's services, by name: the boxes on the settings page. */
export async function nationalServiceChoices() {
  return db.directoryEntry.findMany({
    where: { organisationId: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { serviceId: true, name: true, nameCy: true },
  });
}

/** Who saved each version, newest first. */
export async function settingsHistory(organisationId: string) {
  const rows = await db.organisationSettingsVersion.findMany({
    where: { organisationId },
    orderBy: { version: "desc" },
    take: 50,
    select: { version: true, changedById: true, createdAt: true },
  });
  const ids = [...new Set(rows.flatMap((row) => (row.changedById ? [row.changedById] : [])))];
  const people = await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return rows.map((row) => ({
    version: row.version,
    by: row.changedById ? (names.get(row.changedById) ?? null) : null,
    at: row.createdAt,
  }));
}

export type ChangeSettingsOutcome =
  | { ok: true; version: number }
  | { ok: false; error: "saved-first"; saved: Settings; by: string | null; bySelf: boolean };

/**
 * Saves the whole settings as version+1, only if nobody saved since `input.version` (one
 * conditional update), with the history row in the same transaction. Hidden services are the
 * national ones not ticked, so a service added later shows by default.
 */
export async function changeSettings({
  organisationId,
  actorId,
  input,
  request,
}: {
  organisationId: string;
  actorId: string;
  input: SettingsInput;
  request: Request;
}): Promise<ChangeSettingsOutcome> {
  const national = await nationalServiceChoices();
  const shown = new Set(input.shown);
  const hidden = national.map((entry) => entry.serviceId).filter((serviceId) => !shown.has(serviceId));
  const values = {
    socialWorkPhone: input.socialWorkPhone,
    outOfHoursPhone: input.outOfHoursPhone,
    reportLeadWorkingDays: input.reportLeadWorkingDays,
    auditRetentionDays: input.auditRetentionDays,
    planEndReadOnlyDays: input.planEndReadOnlyDays,
    hiddenNationalServices: JSON.stringify(hidden),
  };
  const version = input.version + 1;
  const saved = await inTransaction(async () => {
    const updated = await db.organisation.updateMany({
      where: { id: organisationId, settingsVersion: input.version },
      data: { ...values, settingsVersion: version },
    });
    if (updated.count !== 1) return false;
    await db.organisationSettingsVersion.create({
      data: { organisationId, version, ...values, changedById: actorId },
    });
    return true;
  });
  if (!saved) {
    const now = await readSettings(organisationId);
    const last = await db.organisationSettingsVersion.findUnique({
      where: { organisationId_version: { organisationId, version: now.version } },
      select: { changedById: true },
    });
    const by = last?.changedById
      ? ((await db.person.findUnique({ where: { id: last.changedById }, select: { name: true } }))?.name ??
        null)
      : null;
    return { ok: false, error: "saved-first", saved: now, by, bySelf: last?.changedById === actorId };
  }
  await recordAudit({
    request,
    action: "settings.change",
    actorId,
    entity: "settings",
    entityId: organisationId,
  });
  return { ok: true, version };
}

/**
 * National services a person's families do not see: those hidden by every organisation whose
 * family they belong to. Someone in no family (staff, or not signed in) sees them all.
 */
export async function hiddenNationalServicesFor(familyOrganisationIds: readonly string[]): Promise<string[]> {
  if (familyOrganisationIds.length === 0) return [];
  const rows = await db.organisation.findMany({
    where: { id: { in: [...familyOrganisationIds] } },
    select: { hiddenNationalServices: true },
  });
  if (rows.length === 0) return [];
  const [first, ...rest] = rows.map((row) => new Set(parseHidden(row.hiddenNationalServices)));
  return [...first].filter((serviceId) => rest.every((set) => set.has(serviceId)));
}
