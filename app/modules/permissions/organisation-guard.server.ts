import { data } from "@remix-run/node";
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { getViewer, requireViewer, type SignedInPerson } from "~/modules/auth/session.server";
import { canInOrganisation } from "~/modules/permissions/can";
import {
  organisationRoles,
  type OrganisationAction,
  type OrganisationEntity,
  type OrganisationRole,
} from "~/modules/permissions/matrix";
import { readRows } from "~/utils/db.server";
import { IdSchema, notFound } from "~/utils/http.server";
import { oncePerRequest } from "~/utils/request-scope.server";
import { column } from "~/utils/rows.server";

export type OrganisationScope = {
  person: SignedInPerson;
  /** Organisations whose directories this person reads: their families', their own, those they run. */
  readable: string[];
  /** Their organisation roles, by organisation id. */
  roles: Record<string, OrganisationRole[]>;
  /** Organisation names, for the ones they hold a role in. */
  names: Record<string, string>;
  /** The organisations of the families they are an active member of. */
  familyOrganisations: string[];
};

const ScopeRow = z.object({
  source: z.enum(["staff", "own", "member"]),
  role: column.text.nullable(),
  organisationId: column.text,
  organisationName: column.text.nullable(),
  endsAt: column.date.nullable(),
});

/**
 * What a person is to each organisation, read from the database on every request (once), so a
 * removed admin or adviser loses the right at once. One statement: their staff roles, their own
 * organisation, and the organisations of the families they are active in.
 */
async function loadScope(person: SignedInPerson): Promise<OrganisationScope> {
  const rows = await readRows(
    ScopeRow,
    // PostgreSQL types a bare NULL as text, which cannot meet the timestamp "endsAt": cast it.
    Prisma.sql`
    SELECT 'staff' AS "source", CAST(sm."role" AS TEXT) AS "role", o."id" AS "organisationId", o."name" AS "organisationName", CAST(NULL AS TIMESTAMP) AS "endsAt"
    FROM "StaffMember" sm JOIN "Organisation" o ON o."id" = sm."organisationId"
    WHERE sm."personId" = ${person.id} AND sm."removedAt" IS NULL
    UNION ALL
    SELECT 'own', NULL, o."id", o."name", NULL
    FROM "Person" p JOIN "Organisation" o ON o."id" = p."organisationId"
    WHERE p."id" = ${person.id}
    UNION ALL
    SELECT 'member', CAST(m."role" AS TEXT), f."organisationId", NULL, m."endsAt"
    FROM "Membership" m JOIN "Family" f ON f."id" = m."familyId"
    WHERE m."personId" = ${person.id} AND m."status" = 'ACTIVE'`,
  );
  const roles: Record<string, OrganisationRole[]> = {};
  const names: Record<string, string> = {};
  const grant = (organisation: { id: string; name: string }, role: OrganisationRole) => {
    roles[organisation.id] = [...(roles[organisation.id] ?? []), role];
    names[organisation.id] = organisation.name;
  };
  const isRole = (role: string | null): role is OrganisationRole =>
    (organisationRoles as readonly (string | null)[]).includes(role);
  for (const row of rows)
    if (row.source === "staff" && isRole(row.role))
      grant({ id: row.organisationId, name: row.organisationName ?? "" }, row.role);
  const own = rows.find((row) => row.source === "own");
  // As the family guard reads them: a practitioner added for a time has none from its end.
  const now = Date.now();
  const memberships = rows.filter(
    (row) => row.source === "member" && !(row.endsAt && row.endsAt.getTime() <= now),
  );
  if (
    own &&
    !roles[own.organisationId]?.includes("ADVISER") &&
    memberships.some((membership) => membership.role === "ADVISER")
  )
    grant({ id: own.organisationId, name: own.organisationName ?? "" }, "ADVISER");
  const readable = new Set([
    ...Object.keys(roles),
    ...(own ? [own.organisationId] : []),
    ...memberships.map((membership) => membership.organisationId),
  ]);
  const familyOrganisations = [...new Set(memberships.map((membership) => membership.organisationId))];
  return { person, readable: [...readable], roles, names, familyOrganisations };
}

/** The signed-in person's organisation scope, or null when nobody is signed in. */
export async function getOrganisationScope(
  request: Request,
  context?: unknown,
): Promise<OrganisationScope | null> {
  const viewer = await getViewer(request, context);
  if (!viewer) return null;
  return oncePerRequest({ request, context }, `organisation-scope:${viewer.person.id}`, () =>
    loadScope(viewer.person),
  );
}

/** Organisations where this person has the right, with their names (for "which directory?"). */
export function organisationsWith<E extends OrganisationEntity>(
  scope: OrganisationScope | null,
  entity: E,
  action: OrganisationAction<E>,
) {
  if (!scope) return [];
  return Object.entries(scope.roles)
    .filter(([, roles]) => canInOrganisation(roles, entity, action))
    .map(([id]) => ({ id, name: scope.names[id] ?? "" }));
}

/**
 * The one guard for organisation-level rights, like the family guard: nothing to do with the
 * organisation gives 404 (its existence is not revealed); a role without the right gives 403.
 * Both refusals are audited; `familyId` names the family the address names (a hand-over page), so
 * its refusals are found with the family's.
 */
export async function requireOrganisationPermission<E extends OrganisationEntity>(
  request: Request,
  organisationIdParam: string | null | undefined,
  entity: E,
  action: OrganisationAction<E>,
  { context, familyId }: { context?: unknown; familyId?: string } = {},
) {
  const { person } = await requireViewer(request, context);
  const scope = (await getOrganisationScope(request, context)) as OrganisationScope;
  const parsed = IdSchema.safeParse(organisationIdParam);
  const organisationId = parsed.success ? parsed.data : null;
  const roles = organisationId ? (scope.roles[organisationId] ?? []) : [];
  const what = `${entity}.${action}`;
  if (!organisationId || roles.length === 0) {
    await recordAudit({
      request,
      action: what,
      actorId: person.id,
      familyId,
      entity,
      entityId: organisationId ?? undefined,
      outcome: "not-found",
    });
    throw notFound();
  }
  if (!canInOrganisation(roles, entity, action)) {
    await recordAudit({
      request,
      action: what,
      actorId: person.id,
      familyId,
      entity,
      entityId: organisationId,
      outcome: "denied",
    });
    throw data({ reason: "not-permitted" }, { status: 403 });
  }
  return { person, organisationId, roles, scope };
}

/**
 * The guard for the pages of "my organisation" (/organisation, /caseload), whose address names no
 * organisation: the right is looked up in the organisations the person works for, the first by
 * name when there are several. Staff of no organisation get 404, like an outsider; staff whose
 * role lacks the right get 403. Both refusals are audited.
 */
export async function requireOwnOrganisationPermission<E extends OrganisationEntity>(
  request: Request,
  entity: E,
  action: OrganisationAction<E>,
  { context }: { context?: unknown } = {},
) {
  const scope = await getOrganisationScope(request, context);
  const held = Object.entries(scope?.roles ?? {}).sort(([a], [b]) =>
    (scope?.names[a] ?? "").localeCompare(scope?.names[b] ?? ""),
  );
  const withRight = held.find(([, roles]) => canInOrganisation(roles, entity, action));
  return requireOrganisationPermission(request, (withRight ?? held[0])?.[0], entity, action, { context });
}
