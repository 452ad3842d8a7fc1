import { data } from "@remix-run/node";
import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { requirePerson, type SignedInPerson } from "~/modules/auth/session.server";
import { can } from "~/modules/permissions/can";
import type { Action, Entity, FamilyRole } from "~/modules/permissions/matrix";
import { db } from "~/utils/db.server";

export type FamilyAccess = {
  person: SignedInPerson;
  familyId: string;
  membershipId: string;
  role: FamilyRole;
};

// cuid(): 25 lower-case letters and digits. Anything else cannot be a family id.
export const IdSchema = z.string().regex(/^[a-z0-9]{20,32}$/);

export function notFound(): Response {
  return new Response(null, { status: 404, statusText: "Not Found" });
}

/**
 * The one guard every family loader and action calls. It reads the membership from the
 * database on every request, so a removed member loses access on their very next request.
 * Not a member: 404, so a family's existence is never revealed. A member without the right: 403.
 */
export async function requireFamilyPermission<E extends Entity>(
  request: Request,
  familyIdParam: string | undefined,
  entity: E,
  action: Action<E>,
): Promise<FamilyAccess> {
  const person = await requirePerson(request);
  const parsed = IdSchema.safeParse(familyIdParam);
  if (!parsed.success) throw notFound();
  const familyId = parsed.data;

  const membership = await db.membership.findFirst({
    where: { familyId, personId: person.id, status: "ACTIVE" },
    select: { id: true, role: true },
  });
  const what = `${entity}.${action}`;
  if (!membership) {
    await recordAudit({ request, action: what, actorId: person.id, familyId, entity, outcome: "not-found" });
    throw notFound();
  }
  if (!can(membership.role, entity, action)) {
    await recordAudit({ request, action: what, actorId: person.id, role: membership.role, familyId, entity, outcome: "denied" });
    throw data({ reason: "not-permitted" }, { status: 403 });
  }
  await recordAudit({ request, action: what, actorId: person.id, role: membership.role, familyId, entity });
  return { person, familyId, membershipId: membership.id, role: membership.role };
}
