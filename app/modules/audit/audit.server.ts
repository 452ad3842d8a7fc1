import { randomUUID } from "node:crypto";

import { Prisma } from "~/generated/sqlite/client";
import type { FamilyRole } from "~/modules/permissions/matrix";
import { db, writeRow } from "~/utils/db.server";
import { getRequestId } from "~/utils/request.server";

export type AuditInput = {
  request: Request;
  action: string;
  actorId?: string | null;
  role?: FamilyRole | null;
  familyId?: string | null;
  entity?: string;
  entityId?: string;
  outcome?: "ok" | "denied" | "not-found" | "failed" | "limited";
  /** For sign-in events: `emailKey(email)`, a keyed hash, never the email itself. */
  subjectKey?: string;
};

/** Records who did what and when. Never pass content (names, texts, emails) in here. */
export async function recordAudit(input: AuditInput): Promise<void> {
  // Every page view writes one row, so this is SQL rather than a model create, written beside
  // Prisma outside a transaction (writeRow says why). Plain columns, portable SQL (PostgreSQL
  // infers the enum type of "role" from the column).
  await writeRow(Prisma.sql`
    INSERT INTO "AuditEvent" ("id", "at", "actorId", "role", "familyId", "action", "entity", "entityId", "outcome", "requestId", "subjectKey")
    VALUES (${randomUUID()}, ${new Date()}, ${input.actorId ?? null}, ${input.role ?? null}, ${input.familyId ?? null}, ${input.action},
            ${input.entity ?? null}, ${input.entityId ?? null}, ${input.outcome ?? "ok"}, ${getRequestId(input.request)}, ${input.subjectKey ?? null})`);
}

/** The events a family sees on its activity page: who looked at or changed its plan and circle. */
export const familyActivityActions = [
  "plan.view",
  "plan.publish",
  "plan.draft.save",
  "plan.view.record",
  "plan.scale.record",
  "plan.correction.request",
  "plan.correction.answer",
  "invitation.create",
  "membership.join",
  "membership.request",
  "membership.approve",
  "membership.remove",
] as const;

export async function listFamilyActivity({ familyId, take = 100 }: { familyId: string; take?: number }) {
  const events = await db.auditEvent.findMany({
    where: { familyId, outcome: "ok", action: { in: [...familyActivityActions] } },
    orderBy: { at: "desc" },
    take,
    select: { id: true, at: true, action: true, role: true, actorId: true },
  });
  const actorIds = [
    ...new Set(events.map((event) => event.actorId).filter((id): id is string => Boolean(id))),
  ];
  const people = await db.person.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return events.map((event) => ({
    id: event.id,
    at: event.at,
    action: event.action,
    role: event.role,
    name: event.actorId ? (names.get(event.actorId) ?? null) : null,
  }));
}
