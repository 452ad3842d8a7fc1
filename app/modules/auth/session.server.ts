import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { hashToken, newToken } from "~/modules/auth/tokens.server";
import {
  familyRoles,
  organisationRoles,
  type AdviserView,
  type FamilyRole,
  type OrganisationRole,
} from "~/modules/permissions/matrix";
import { db, readRows } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { languageCookie } from "~/utils/i18next.server";
import { oncePerRequest } from "~/utils/request-scope.server";
import { column } from "~/utils/rows.server";

// The cookie holds only a random token; the database holds its hash, so sessions can be
// revoked on the server and a copy of the database cannot be turned into cookies.
// It has no expiry, so it ends when the browser closes, unless the person chose to stay signed
// in on a device of their own. The server's idle and absolute limits apply either way.
function sessionCookie({ remember = false } = {}) {
  const env = getEnv();
  return createCookie("sc_session", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    ...(remember ? { maxAge: env.SESSION_MAX_HOURS * 60 * 60 } : {}),
  });
}

export type SignedInPerson = { id: string; name: string; language: string; sessionId: string };

/**
 * A person's active membership of one family, with the names the pages show and, for an
 * adviser, what the family shows them (null: nothing chosen yet, so nothing shown).
 */
export type ActiveMembership = {
  id: string;
  role: FamilyRole;
  familyId: string;
  familyName: string;
  organisationName: string;
  adviserView: AdviserView | null;
  /** Set once the family's plan has ended: the space is read-only until `accessEndsAt`. */
  planEnded: PlanEnded | null;
};

export type PlanEnded = { endedAt: Date; accessEndsAt: Date };

export type Viewer = {
  person: SignedInPerson;
  memberships: ActiveMembership[];
  /**
   * The staff roles this person holds in any organisation (not removed), for the site menu and
   * where to land after sign-in. The organisation guard decides per organisation.
   */
  staffRoles: OrganisationRole[];
};

const LAST_SEEN_GRANULARITY_MS = 60_000;

// Dates, booleans and roles are checked as they come from either database (rows.server.ts): a
// column that loses its declared type cannot turn a revoked or expired session into a live one.
const ViewerRow = z.object({
  sessionId: column.text,
  expiresAt: column.date,
  lastSeenAt: column.date,
  revokedAt: column.date.nullable(),
  personId: column.text,
  name: column.text,
  language: column.text,
  membershipId: column.text.nullable(),
  membershipEndsAt: column.date.nullable(),
  role: z.enum(familyRoles).nullable(),
  familyId: column.text.nullable(),
  familyName: column.text.nullable(),
  organisationName: column.text.nullable(),
  planEndedAt: column.date.nullable(),
  accessEndsAt: column.date.nullable(),
  viewPlan: column.boolean.nullable(),
  viewRules: column.boolean.nullable(),
  viewMeetings: column.boolean.nullable(),
  viewNetwork: column.boolean.nullable(),
  staffADMIN: column.boolean,
  staffTEAM_MANAGER: column.boolean,
  staffSOCIAL_WORKER: column.boolean,
  staffADVISER: column.boolean,
});
type ViewerRow = z.output<typeof ViewerRow>;

function adviserViewOf(row: ViewerRow): AdviserView | null {
  if (row.role !== "ADVISER" || row.viewPlan === null) return null;
  return {
    plan: row.viewPlan,
    rules: row.viewRules === true,
    meetings: row.viewMeetings === true,
    network: row.viewNetwork === true,
  };
}

// One yes/no column per staff role, so the menu needs no statement of its own.
const staffRoleColumns = Prisma.join(
  organisationRoles.map(
    (role) =>
      Prisma.sql`EXISTS (SELECT 1 FROM "StaffMember" sm WHERE sm."personId" = p."id" AND sm."removedAt" IS NULL AND sm."role" = ${Prisma.raw(`'${role}'`)}) AS ${Prisma.raw(`"staff${role}"`)}`,
  ),
);

/**
 * The session, its person and their active memberships (with family names, and what the family
 * shows an adviser; not those whose end date has come) in one statement: every page needs all of it, and the root, layout and page
 * loaders share the result.
 */
async function loadViewer(tokenHash: string): Promise<Viewer | null> {
  const rows = await readRows(
    ViewerRow,
    Prisma.sql`
    SELECT s."id" AS "sessionId", s."expiresAt", s."lastSeenAt", s."revokedAt",
           p."id" AS "personId", p."name", p."language",
           m."id" AS "membershipId", m."endsAt" AS "membershipEndsAt", m."role", f."id" AS "familyId", f."name" AS "familyName", o."name" AS "organisationName",
           f."planEndedAt", f."accessEndsAt",
           a."plan" AS "viewPlan", a."rules" AS "viewRules", a."meetings" AS "viewMeetings", a."network" AS "viewNetwork",
           ${staffRoleColumns}
    FROM "Session" s
    JOIN "Person" p ON p."id" = s."personId"
    LEFT JOIN "Membership" m ON m."personId" = p."id" AND m."status" = 'ACTIVE'
    LEFT JOIN "Family" f ON f."id" = m."familyId"
    LEFT JOIN "Organisation" o ON o."id" = f."organisationId"
    LEFT JOIN "AdviserView" a ON a."membershipId" = m."id"
    WHERE s."tokenHash" = ${tokenHash}
    ORDER BY f."name"`,
  );
  const session = rows[0];
  if (!session || session.revokedAt) return null;

  const now = Date.now();
  const idleLimitMs = getEnv().SESSION_IDLE_MINUTES * 60_000;
  const lastSeenAt = session.lastSeenAt.getTime();
  if (session.expiresAt.getTime() <= now || lastSeenAt + idleLimitMs <= now) return null;

  // Writing on every request would double database load for little gain.
  if (now - lastSeenAt > LAST_SEEN_GRANULARITY_MS) {
    await db.session.updateMany({ where: { id: session.sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  // A practitioner added for a time has no access from their end date, and nobody has any once
  // an ended plan's read-only time is over. Dates are compared here, not in SQL, as the two
  // databases store them differently.
  const memberships = rows.flatMap((row) =>
    row.membershipId &&
    row.role &&
    row.familyId &&
    !(row.membershipEndsAt && row.membershipEndsAt.getTime() <= now) &&
    !(row.accessEndsAt && row.accessEndsAt.getTime() <= now)
      ? [
          {
            id: row.membershipId,
            role: row.role,
            familyId: row.familyId,
            familyName: row.familyName ?? "",
            organisationName: row.organisationName ?? "",
            adviserView: adviserViewOf(row),
            planEnded:
              row.planEndedAt && row.accessEndsAt
                ? { endedAt: row.planEndedAt, accessEndsAt: row.accessEndsAt }
                : null,
          },
        ]
      : [],
  );
  return {
    person: {
      id: session.personId,
      name: session.name,
      language: session.language,
      sessionId: session.sessionId,
    },
    memberships,
    staffRoles: organisationRoles.filter((role) => session[`staff${role}`]),
  };
}

/**
 * Who is asking, read once per request (see request-scope.server.ts): pass the loader's
 * context so the root, layout and page loaders share one read and one session touch.
 */
export async function getViewer(request: Request, context?: unknown): Promise<Viewer | null> {
  const header = request.headers.get("cookie");
  if (!header) return null;
  // The cookie is parsed and its token hashed once per request as well, not by each loader.
  return oncePerRequest({ request, context }, `viewer:${header}`, async () => {
    const token = await sessionCookie().parse(header);
    if (typeof token !== "string" || token.length < 20) return null;
    return loadViewer(hashToken(token));
  });
}

/** The language a signed-in person chose, kept for the mail we send them and their next device. */
export async function rememberLanguage({ personId, language }: { personId: string; language: string }) {
  await db.person.update({ where: { id: personId }, data: { language } });
}

/** The signed-in person, or null when there is no live session (expired, idle, revoked). */
export async function getSignedInPerson(request: Request, context?: unknown): Promise<SignedInPerson | null> {
  return (await getViewer(request, context))?.person ?? null;
}

/** The signed-in person and their memberships, or a redirect to sign in that comes back here afterwards. */
export async function requireViewer(request: Request, context?: unknown): Promise<Viewer> {
  const viewer = await getViewer(request, context);
  if (viewer) return viewer;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/sign-in?${new URLSearchParams({ redirectTo: back })}`);
}

/** The signed-in person, or a redirect to sign in that comes back here afterwards. */
export async function requirePerson(request: Request, context?: unknown): Promise<SignedInPerson> {
  return (await requireViewer(request, context)).person;
}

/** Starts a session and returns the Set-Cookie header value. */
export async function startSession(personId: string, { remember = false } = {}): Promise<string> {
  const token = newToken();
  const now = new Date();
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      personId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + getEnv().SESSION_MAX_HOURS * 3_600_000),
    },
  });
  return sessionCookie({ remember }).serialize(token);
}

/** Revokes the session on the server and returns a Set-Cookie header that clears it. */
export async function endSession(request: Request): Promise<string> {
  const token = await sessionCookie().parse(request.headers.get("cookie"));
  if (typeof token === "string") {
    await db.session.updateMany({
      where: { tokenHash: hashToken(token), revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }
  return sessionCookie().serialize("", { maxAge: 0 });
}

// A made-up origin: a path that stays on it after URL resolution stays inside the app.
const APP_ORIGIN = "https://app.invalid";
// C0 and C1 controls, DEL, and the backslash (browsers read "\" as "/").
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * Where to go after sign-in and similar: only a path inside the app. The value is resolved
 * against the app's origin the way a browser would, and refused (giving `fallback`) when it
 * holds control characters or a backslash, raw or percent-encoded, since browsers drop a TAB or
 * newline and would read "/%09/evil.example" as "//evil.example". What comes back is always a
 * clean path, so it can go into a Location header or a log without harm.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/families",
): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2000) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(to);
  } catch {
    return fallback;
  }
  if (UNSAFE_CHARACTERS.test(to) || UNSAFE_CHARACTERS.test(decoded)) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(to, APP_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== APP_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Remembers which email a code was sent to, for the code page (signed, short-lived). */
export function pendingEmailCookie() {
  const env = getEnv();
  return createCookie("sc_signin", {
    path: "/sign-in",
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    maxAge: 15 * 60,
    secrets: [env.SESSION_SECRET],
  });
}

/** A Set-Cookie value that removes the pending sign-in email. */
export function clearPendingEmailCookie(): Promise<string> {
  return pendingEmailCookie().serialize("", { maxAge: 0 });
}

/**
 * Quick exit: ends the session on the server and returns Set-Cookie values that remove every
 * cookie of ours (session, pending sign-in email, language), so a shared phone keeps no trace.
 * A new cookie must be added here (a test reads every createCookie in app/ to check).
 */
export async function clearEveryCookie(request: Request): Promise<string[]> {
  return [
    await endSession(request),
    await clearPendingEmailCookie(),
    await languageCookie.serialize("", { maxAge: 0 }),
  ];
}
