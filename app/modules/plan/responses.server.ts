import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { recordAudit } from "~/modules/audit/audit.server";
import type { FamilyPeople } from "~/modules/family/people.server";
import { notify } from "~/modules/notices/notices.server";
import { can } from "~/modules/permissions/can";
import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import { db, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";

const stances = ["AGREE", "NOT_SURE", "DISAGREE"] as const;
type Stance = (typeof stances)[number];

/** Records a new view (older ones are kept as history). */
export async function recordView({
  access,
  itemId,
  version,
  stance,
  words,
  shared,
  request,
}: {
  access: FamilyAccess;
  itemId: string;
  version: number;
  stance: Stance;
  words: string;
  shared: boolean;
  request: Request;
}) {
  const view = await db.itemView.create({
    data: { familyId: access.familyId, itemId, personId: access.person.id, stance, words, shared, version },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "plan.view.record",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "itemView",
    entityId: view.id,
  });
}

/**
 * Views on items of the plan. The practitioner sees every view; others see their own and
 * the ones people chose to share. Only each person's newest view counts as current.
 */
const ViewRow = z.object({
  id: column.text,
  itemId: column.text,
  personId: column.text,
  stance: z.enum(stances),
  words: column.text,
  shared: column.boolean,
  version: column.int,
  createdAt: column.date,
});
const CorrectionRow = z.object({
  id: column.text,
  itemId: column.text,
  version: column.int,
  whatIsWrong: column.text,
  shouldSay: column.text,
  status: z.enum(["OPEN", "CORRECTED", "NOT_AGREED"]),
  reason: column.text.nullable(),
  createdAt: column.date,
  respondedAt: column.date.nullable(),
  personId: column.text,
  respondedById: column.text.nullable(),
});

export async function listViews({
  access,
  itemId,
  people,
}: {
  access: FamilyAccess;
  itemId?: string;
  people: FamilyPeople;
}) {
  const seeAll = can(access.role, "plan", "write");
  // SQL rather than the query builder: this runs on every view of the plan (see readVersions).
  const rows = await readRows(
    ViewRow,
    Prisma.sql`
    SELECT "id", "itemId", "personId", "stance", "words", "shared", "version", "createdAt" FROM "ItemView"
    WHERE "familyId" = ${access.familyId}
      ${itemId ? Prisma.sql`AND "itemId" = ${itemId}` : Prisma.empty}
      ${seeAll ? Prisma.empty : Prisma.sql`AND ("shared" = ${true} OR "personId" = ${access.person.id})`}
    ORDER BY "createdAt" DESC`,
  );
  const seen = new Set<string>();
  return rows.map((row) => {
    const key = `${row.itemId}:${row.personId}`;
    const current = !seen.has(key);
    seen.add(key);
    return {
      ...row,
      name: people.nameOfPerson(row.personId),
      mine: row.personId === access.person.id,
      current,
    };
  });
}

export async function recordScale({
  access,
  score,
  note,
  request,
}: {
  access: FamilyAccess;
  score: number;
  note: string;
  request: Request;
}) {
  const row = await db.scaleScore.create({
    data: { familyId: access.familyId, personId: access.person.id, role: access.role, score, note },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "plan.scale.record",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "scaleScore",
    entityId: row.id,
  });
}

export function listScale({ familyId }: { familyId: string }) {
  return db.scaleScore.findMany({
    where: { familyId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      personId: true,
      role: true,
      score: true,
      note: true,
      createdAt: true,
      person: { select: { name: true } },
    },
  });
}

export async function requestCorrection({
  access,
  itemId,
  version,
  whatIsWrong,
  shouldSay,
  request,
}: {
  access: FamilyAccess;
  itemId: string;
  version: number;
  whatIsWrong: string;
  shouldSay: string;
  request: Request;
}) {
  const row = await db.correctionRequest.create({
    data: { familyId: access.familyId, itemId, version, personId: access.person.id, whatIsWrong, shouldSay },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "plan.correction.request",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "correctionRequest",
    entityId: row.id,
  });
}

/** The practitioner's answer. A request is answered once; nothing is deleted. */
export async function answerCorrection({
  access,
  correctionId,
  answer,
  reason,
  request,
}: {
  access: FamilyAccess;
  correctionId: string;
  answer: "CORRECTED" | "NOT_AGREED";
  reason: string;
  request: Request;
}) {
  const updated = await db.correctionRequest.updateMany({
    where: { id: correctionId, familyId: access.familyId, status: "OPEN" },
    data: {
      status: answer,
      reason: reason || null,
      respondedById: access.person.id,
      respondedAt: new Date(),
    },
  });
  if (updated.count !== 1) return false;
  await recordAudit({
    request,
    action: "plan.correction.answer",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "correctionRequest",
    entityId: correctionId,
  });
  await notify({
    familyId: access.familyId,
    event: "correction.answered",
    subjectId: correctionId,
    actorId: access.person.id,
  });
  return true;
}

export async function listCorrections({
  familyId,
  itemId,
  people,
}: {
  familyId: string;
  itemId?: string;
  people: FamilyPeople;
}) {
  const rows = await readRows(
    CorrectionRow,
    Prisma.sql`
    SELECT "id", "itemId", "version", "whatIsWrong", "shouldSay", "status", "reason", "createdAt", "respondedAt", "personId", "respondedById"
    FROM "CorrectionRequest"
    WHERE "familyId" = ${familyId} ${itemId ? Prisma.sql`AND "itemId" = ${itemId}` : Prisma.empty}
    ORDER BY "createdAt" ASC`,
  );
  return rows.map(({ personId, respondedById, ...row }) => ({
    ...row,
    name: people.nameOfPerson(personId),
    respondedByName: respondedById ? people.nameOfPerson(respondedById) : null,
  }));
}

const count = column.int;
const WhatsNewRow = z.object({
  // Null on a first visit: the row is always there (see below), the visit may not be.
  seenAt: column.date.nullable(),
  firstVersion: count.nullable(),
  lastVersion: count.nullable(),
  sharedViews: count,
  allViews: count,
  scores: count,
  answers: count,
  corrections: count,
});
const noColumns = z.object({});
// One schema per set of extra columns, made once: zod compiles each object schema on first use.
const withColumns = new WeakMap<z.ZodObject, z.ZodObject>();
function whatsNewRow<Also extends z.ZodObject>(also: Also) {
  let schema = withColumns.get(also);
  if (!schema) withColumns.set(also, (schema = WhatsNewRow.extend(also.shape)));
  return schema as unknown as z.ZodType<z.output<typeof WhatsNewRow> & z.output<Also>>;
}

/**
 * What happened in the family's plan since the person last looked, then marks it seen.
 * One statement reads the last visit and every count beside it (the home page has a budget of
 * 8 statements); version numbers go up by one, so the first and last new number name them all.
 */
export async function whatsNewSinceLastVisit<Also extends z.ZodObject = typeof noColumns>({
  access,
  also,
}: {
  access: FamilyAccess;
  /** More columns for the same row, and their schema. */
  also?: { select: Prisma.Sql; row: Also };
}) {
  const { familyId, person } = access;
  // Always one row (the visit may not exist yet), so other home-page counts can ride along.
  const [visit] = await readRows(
    whatsNewRow((also?.row ?? noColumns) as Also),
    Prisma.sql`
    SELECT v."seenAt",
      (SELECT MIN(pv."number") FROM "PlanVersion" pv WHERE pv."familyId" = v."familyId" AND pv."publishedAt" > v."seenAt") AS "firstVersion",
      (SELECT MAX(pv."number") FROM "PlanVersion" pv WHERE pv."familyId" = v."familyId" AND pv."publishedAt" > v."seenAt") AS "lastVersion",
      (SELECT COUNT(*) FROM "ItemView" i WHERE i."familyId" = v."familyId" AND i."createdAt" > v."seenAt" AND i."personId" <> v."personId" AND i."shared" = ${true}) AS "sharedViews",
      (SELECT COUNT(*) FROM "ItemView" i WHERE i."familyId" = v."familyId" AND i."createdAt" > v."seenAt" AND i."personId" <> v."personId") AS "allViews",
      (SELECT COUNT(*) FROM "ScaleScore" s WHERE s."familyId" = v."familyId" AND s."createdAt" > v."seenAt" AND s."personId" <> v."personId") AS "scores",
      (SELECT COUNT(*) FROM "CorrectionRequest" c WHERE c."familyId" = v."familyId" AND c."respondedAt" > v."seenAt" AND c."personId" = v."personId") AS "answers",
      (SELECT COUNT(*) FROM "CorrectionRequest" c WHERE c."familyId" = v."familyId" AND c."createdAt" > v."seenAt" AND c."status" = 'OPEN') AS "corrections"
      ${also?.select ?? Prisma.empty}
    FROM (SELECT 1 AS "one") base
    LEFT JOIN "FamilyVisit" v ON v."familyId" = ${familyId} AND v."personId" = ${person.id}`,
  );
  const now = new Date();
  await db.familyVisit.upsert({
    where: { familyId_personId: { familyId, personId: person.id } },
    create: { familyId, personId: person.id, seenAt: now },
    update: { seenAt: now },
  });
  const extra: z.output<Also> = visit;
  if (!visit.seenAt) return { firstVisit: true as const, also: extra };
  const since = visit.seenAt;
  const canSeePlan = allows(access, "plan", "view");
  const seeAllViews = can(access.role, "plan", "write");
  const first = visit.firstVersion ?? 0;
  const last = visit.lastVersion ?? 0;
  const versions =
    canSeePlan && first > 0 ? Array.from({ length: last - first + 1 }, (_, index) => first + index) : [];
  const shown = (value: number) => (canSeePlan ? value : 0);
  return {
    firstVisit: false as const,
    since: since.toISOString(),
    versions,
    views: shown(seeAllViews ? visit.allViews : visit.sharedViews),
    scores: shown(visit.scores),
    answers: shown(visit.answers),
    corrections: seeAllViews ? shown(visit.corrections) : 0,
    also: extra,
  };
}
