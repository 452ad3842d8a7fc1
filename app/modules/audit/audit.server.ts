import type { FamilyRole } from "~/modules/permissions/matrix";
import { db } from "~/utils/db.server";
import { getRequestId } from "~/utils/request.server";

export type AuditInput = {
  request: Request;
  action: string;
  actorId?: string | null;
  role?: FamilyRole | null;
  familyId?: string | null;
  entity?: string;
  entityId?: string;
  outcome?: "ok" | "denied" | "not-found" | "failed";
};

/** Records who did what and when. Never pass content (names, texts, emails) in here. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actorId ?? null,
      role: input.role ?? null,
      familyId: input.familyId ?? null,
      entity: input.entity,
      entityId: input.entityId,
      outcome: input.outcome ?? "ok",
      requestId: getRequestId(input.request),
    },
  });
}
