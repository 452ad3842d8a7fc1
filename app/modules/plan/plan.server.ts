import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import { notify } from "~/modules/notices/notices.server";
import { allows, type FamilyAccess, type PartReader } from "~/modules/permissions/guard.server";
import { emptyPlan, PlanContentSchema, type PlanContent } from "~/modules/plan/plan.schema.server";
import { db, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";

function parseContent(raw: unknown): PlanContent {
  // Stored JSON is ours, but parse it anyway: a bad row must fail loudly, not render oddly.
  // Both databases hand Json back as an object (the suite runs on each), so a string here is a
  // double-encoded row, and fails.
  return PlanContentSchema.parse(raw);
}

export async function getDraft({ familyId }: { familyId: string }) {
  const draft = await db.planDraft.findUnique({
    where: { familyId },
    select: {
      content: true,
      revision: true,
      updatedAt: true,
      updatedById: true,
      updatedBy: { select: { name: true } },
    },
  });
  if (!draft) return null;
  return {
    content: parseContent(draft.content),
    revision: draft.revision,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy.name,
    updatedById: draft.updatedById,
  };
}

/** The draft to edit: the saved draft, else a copy of the newest version, else an empty plan. */
export async function getEditableDraft({ access }: { access: PartReader }) {
  const draft = await getDraft({ familyId: access.familyId });
  if (draft) return draft;
  const latest = await getLatestVersion({ access });
  return { content: latest?.content ?? emptyPlan(), revision: 0, updatedAt: null, updatedBy: null };
}

export type SaveOutcome =
  | { ok: true; revision: number }
  | {
      ok: false;
      conflict: { content: PlanContent; updatedBy: string; updatedById: string; revision: number };
    };

/**
 * Saves only if nobody saved since `revision` was read. The conditional write is the check,
 * so two practitioners saving at once cannot both win.
 */
export async function saveDraft({
  access,
  content,
  revision,
  request,
}: {
  access: FamilyAccess;
  content: PlanContent;
  revision: number;
  request: Request;
}): Promise<SaveOutcome> {
  const { familyId } = access;
  const data = {
    content: PlanContentSchema.parse(content),
    updatedById: access.person.id,
    updatedAt: new Date(),
  };
  let saved = false;
  if (revision === 0) {
    const created = await db.planDraft
      .createMany({ data: [{ familyId, revision: 1, ...data }] })
      .catch(() => ({ count: 0 }));
    saved = created.count === 1;
  } else {
    const updated = await db.planDraft.updateMany({
      where: { familyId, revision },
      data: { ...data, revision: revision + 1 },
    });
    saved = updated.count === 1;
  }
  if (!saved) {
    const current = await getDraft({ familyId });
    if (!current) throw new Error("Draft vanished during a save");
    return {
      ok: false,
      conflict: {
        content: current.content,
        updatedBy: current.updatedBy,
        updatedById: current.updatedById,
        revision: current.revision,
      },
    };
  }
  await recordAudit({
    request,
    action: "plan.draft.save",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "planDraft",
  });
  return { ok: true, revision: revision + 1 };
}

export type PublishRefusal = "noWorry" | "noGoal" | "unchanged";

export function publishRefusal(content: PlanContent, latest: PlanContent | null): PublishRefusal | null {
  if (content.worries.length === 0) return "noWorry";
  if (content.goals.length === 0) return "noGoal";
  if (latest && JSON.stringify(latest) === JSON.stringify(content)) return "unchanged";
  return null;
}

export type PublishOutcome =
  | { ok: true; number: number }
  | { ok: false; refusal: PublishRefusal }
  | {
      ok: false;
      conflict: { content: PlanContent; updatedBy: string; updatedById: string; revision: number };
    };

/**
 * Publishes the draft at `revision` (the one the publisher saved and saw) as the next
 * numbered version, which never changes again. One transaction: a conditional write on that
 * revision holds the draft row, so a newer save by someone else is never published (they get
 * the conflict page instead), and a second publish at the same moment finds nothing new.
 */
export async function publishDraft({
  access,
  revision,
  request,
}: {
  access: FamilyAccess;
  revision: number;
  request: Request;
}): Promise<PublishOutcome> {
  const { familyId } = access;
  let outcome:
    | { ok: true; number: number; versionId: string }
    | { ok: false; refusal: PublishRefusal }
    | { ok: false; stale: true };
  try {
    outcome = await db.$transaction(async (tx) => {
      const held = await tx.planDraft.updateMany({ where: { familyId, revision }, data: { revision } });
      if (held.count !== 1) return { ok: false as const, stale: true as const };
      const draft = await tx.planDraft.findUniqueOrThrow({ where: { familyId }, select: { content: true } });
      const latest = await tx.planVersion.findFirst({
        where: { familyId },
        orderBy: { number: "desc" },
        select: { number: true, content: true },
      });
      const content = parseContent(draft.content);
      const refusal = publishRefusal(content, latest ? parseContent(latest.content) : null);
      if (refusal) return { ok: false as const, refusal };
      const number = (latest?.number ?? 0) + 1;
      const version = await tx.planVersion.create({
        data: { familyId, number, content, publishedById: access.person.id },
        select: { id: true },
      });
      return { ok: true as const, number, versionId: version.id };
    });
  } catch (error) {
    // Another publish took this number first (possible on PostgreSQL): it published the same saved draft.
    if (isUniqueViolation(error)) return { ok: false, refusal: "unchanged" };
    throw error;
  }
  if (!outcome.ok) {
    if ("refusal" in outcome) return outcome;
    const current = await getDraft({ familyId });
    if (!current) throw new Error("Draft vanished during a publish");
    return {
      ok: false,
      conflict: {
        content: current.content,
        updatedBy: current.updatedBy,
        updatedById: current.updatedById,
        revision: current.revision,
      },
    };
  }
  await recordAudit({
    request,
    action: "plan.publish",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "planVersion",
    entityId: outcome.versionId,
  });
  await notify({
    familyId,
    event: "plan.published",
    subjectId: outcome.versionId,
    actorId: access.person.id,
  });
  return { ok: true, number: outcome.number };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === "P2002"
  );
}

// The reading pages' queries are written as SQL: Prisma's query builder spends about 0.7 ms of
// CPU planning each model query, several times what SQLite takes to run it, and these run on
// every view of the plan. The SQL is the portable subset (quoted names, no dialect functions).
// Every reader of published versions takes the guard's access and asks it for the plan, so a
// page of another part (a rule, the meetings) gets nothing of a plan the family hides.

const VersionRow = z.object({ number: column.int, publishedAt: column.date, publishedById: column.text });
const VersionWithContentRow = VersionRow.extend({ content: column.json });

function toVersion(
  row: { number: number; content: unknown; publishedAt: Date; publishedById: string } | null | undefined,
) {
  return row ? { ...row, content: parseContent(row.content) } : null;
}

export async function getVersion({ access, number }: { access: PartReader; number: number }) {
  if (!allows(access, "plan", "view")) return null;
  const { familyId } = access;
  const [row] = await readRows(
    VersionWithContentRow,
    Prisma.sql`
    SELECT "number", "content", "publishedAt", "publishedById" FROM "PlanVersion"
    WHERE "familyId" = ${familyId} AND "number" = ${number}`,
  );
  return toVersion(row);
}

/**
 * The family's versions, newest first, and the content of one of them (the newest, unless
 * `number` names another; null when there is no such version): one statement, because the
 * reading page runs it on every view.
 */
export async function readVersions({ access, number }: { access: PartReader; number?: number }) {
  if (!allows(access, "plan", "view")) return { versions: [], version: null };
  const { familyId } = access;
  const rows = await readRows(
    VersionWithContentRow,
    Prisma.sql`
    SELECT v."number", v."publishedAt", v."publishedById", c."content"
    FROM "PlanVersion" v
    LEFT JOIN "PlanVersion" c ON c."id" = v."id" AND c."number" = COALESCE(${number ?? null},
      (SELECT MAX(n."number") FROM "PlanVersion" n WHERE n."familyId" = ${familyId}))
    WHERE v."familyId" = ${familyId} ORDER BY v."number" DESC`,
  );
  const shown = rows.find((row) => row.content !== null);
  return {
    versions: rows.map(({ number, publishedAt, publishedById }) => ({ number, publishedAt, publishedById })),
    version: toVersion(shown),
  };
}

// No relation here: a relation costs a second statement, and pages name the publisher from the family's people.
const versionSelect = { number: true, content: true, publishedAt: true, publishedById: true } as const;

export async function getLatestVersion({ access }: { access: PartReader }) {
  if (!allows(access, "plan", "view")) return null;
  const { familyId } = access;
  return toVersion(
    await db.planVersion.findFirst({
      where: { familyId },
      orderBy: { number: "desc" },
      select: versionSelect,
    }),
  );
}

/** Names for "who does it", from the family's current members. */
export async function memberNames({ familyId }: { familyId: string }) {
  return (await familyPeople({ familyId })).active.map(({ membershipId, personId, role, name }) => ({
    membershipId,
    personId,
    role,
    name,
  }));
}
