import { data } from "@remix-run/node";

import { recordAudit } from "~/modules/audit/audit.server";
import { requireViewer, type PlanEnded, type SignedInPerson } from "~/modules/auth/session.server";
import { can, hiddenByFamily } from "~/modules/permissions/can";
import { pageIntents, type IntentOf, type IntentPage } from "~/modules/permissions/intents";
import {
  allowedWhileReadOnly,
  type Action,
  type AdviserView,
  type Entity,
  type FamilyRole,
} from "~/modules/permissions/matrix";
import { IdSchema, notFound } from "~/utils/http.server";
import { oncePerRequest } from "~/utils/request-scope.server";

export type FamilyAccess = {
  person: SignedInPerson;
  familyId: string;
  membershipId: string;
  role: FamilyRole;
  familyName: string;
  organisationName: string;
  /** For an adviser: the parts of the space the family shows them (missing: none). */
  adviserView?: AdviserView | null;
  /** Set once the plan has ended: the space is read-only until its access ends. */
  planEnded?: PlanEnded | null;
  /** True while the plan has ended: `can` then allows only reading (and restarting the plan). */
  readOnly?: boolean;
};

/** What a part's data function needs of the guard's access to ask it (see `allows`). */
export type PartReader = Pick<FamilyAccess, "familyId" | "role" | "adviserView">;

export type GuardOptions = {
  /** The loader's context: the guard's reads are then shared by every loader of the request. */
  context?: unknown;
  /**
   * "now" (the default) records the access at once. "later" leaves the one audit row of the
   * request to the caller, which knows what was read (`recordRead`): layouts, whose child
   * route always guards and records itself, and pages that name a version or an item.
   */
  audit?: "now" | "later";
};

/**
 * The one guard every family loader and action calls. It reads the membership from the
 * database on every request (once, shared by the request's loaders), so a removed member
 * loses access on their very next request.
 * Not a member: 404, so a family's existence is never revealed. An adviser asking for a part
 * the family hides from them: 404 too, so they cannot tell what is there. Any other member
 * without the right: 403.
 * A refusal is recorded once per request, however many loaders ask.
 */
export async function requireFamilyPermission<E extends Entity>(
  request: Request,
  familyIdParam: string | undefined,
  entity: E,
  action: Action<E>,
  { context, audit = "now" }: GuardOptions = {},
): Promise<FamilyAccess> {
  const { person, memberships } = await requireViewer(request, context);
  const parsed = IdSchema.safeParse(familyIdParam);
  if (!parsed.success) throw notFound();
  const familyId = parsed.data;

  const membership = memberships.find((row) => row.familyId === familyId);
  const what = `${entity}.${action}`;
  const scope = { request, context };
  if (!membership) {
    await oncePerRequest(scope, `refused:${familyId}`, () =>
      recordAudit({ request, action: what, actorId: person.id, familyId, entity, outcome: "not-found" }),
    );
    throw notFound();
  }
  // A member refused: recorded once per request under this key, whatever the answer.
  const recordDenied = (key: string) =>
    oncePerRequest(scope, key, () =>
      recordAudit({
        request,
        action: what,
        actorId: person.id,
        role: membership.role,
        familyId,
        entity,
        outcome: "denied",
      }),
    );
  if (hiddenByFamily(membership, entity)) {
    await recordDenied(`hidden:${familyId}:${entity}`);
    throw notFound();
  }
  if (!can(membership, entity, action)) {
    await recordDenied(`refused:${familyId}:${what}`);
    throw data({ reason: "not-permitted" }, { status: 403 });
  }
  // An ended plan's space is read-only, decided here for every page: only reading (a GET) is
  // left, and the social worker's restart. Nobody gets this far once its access has ended.
  if (membership.planEnded && !readOnlyAllows(request, entity, action)) {
    await recordDenied(`read-only:${familyId}:${what}`);
    throw data({ reason: "read-only" }, { status: 403 });
  }
  const access: FamilyAccess = {
    person,
    familyId,
    membershipId: membership.id,
    role: membership.role,
    familyName: membership.familyName,
    organisationName: membership.organisationName,
    adviserView: membership.adviserView,
    planEnded: membership.planEnded,
    readOnly: membership.planEnded !== null,
  };
  if (audit === "now") await recordRead(request, access, { action: what, entity });
  return access;
}

function readOnlyAllows(request: Request, entity: Entity, action: string): boolean {
  if (entity === "plan" && action === "end") return true;
  const reads = request.method === "GET" || request.method === "HEAD";
  return reads && allowedWhileReadOnly(entity, action);
}

/**
 * The guard for a page with several forms: the posted `intent` names the right, from the page's
 * table in intents.ts. An intent the table does not know gets the guard's answer for "view"
 * first (so an outsider still learns nothing), then 400.
 */
export async function requireIntentPermission<P extends IntentPage>(
  request: Request,
  familyIdParam: string | undefined,
  page: P,
  form: URLSearchParams,
  options: GuardOptions = {},
): Promise<{ access: FamilyAccess; intent: IntentOf<P> }> {
  const { entity, rights } = pageIntents[page] as { entity: Entity; rights: Record<string, string> };
  const intent = form.get("intent");
  const right = intent !== null && Object.hasOwn(rights, intent) ? rights[intent] : undefined;
  if (intent === null || right === undefined) {
    await requireFamilyPermission(request, familyIdParam, entity, "view", options);
    throw data({ reason: "unknown-intent" }, { status: 400 });
  }
  const access = await requireFamilyPermission(request, familyIdParam, entity, right as never, options);
  return { access, intent: intent as IntentOf<P> };
}

/**
 * The guard's answer, without refusing the page, for a part of the family's space that a page
 * shows beside its own: a rule's linked worry, review dates worked out from the plan, the home
 * page's summaries. Same matrix and same family choice as requireFamilyPermission (an adviser
 * sees a part only where the family shows it). The data functions of a part take the access
 * and ask this, so a page never decides for itself what of another part it may show.
 */
export function allows<E extends Entity>(access: PartReader, entity: E, action: Action<E>): boolean {
  return can(access, entity, action);
}

/** The audit row of a permitted read: who, and what exactly was read (a version, an item). Never content. */
export function recordRead(
  request: Request,
  access: FamilyAccess,
  { action, entity, entityId }: { action: string; entity: string; entityId?: string },
) {
  return recordAudit({
    request,
    action,
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity,
    entityId,
  });
}
