import { recordAudit } from "~/modules/audit/audit.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";

type Stance = "AGREE" | "NOT_SURE" | "DISAGREE";

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
  await recordAudit({ request, action: "plan.view.record", actorId: access.person.id, role: access.role, familyId: access.familyId, entity: "itemView", entityId: view.id });
}

/**
 * Views on items of the plan. The practitioner sees every view; others see their own and
 * the ones people chose to share. Only each person's newest view counts as current.
 */
export async function listViews({ access, itemId }: { access: FamilyAccess; itemId?: string }) {
  const seeAll = can(access.role, "plan", "write");
  const rows = await db.itemView.findMany({
    where: {
      familyId: access.familyId,
      ...(itemId ? { itemId } : {}),
      ...(seeAll ? {} : { OR: [{ shared: true }, { personId: access.person.id }] }),
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, itemId: true, personId: true, stance: true, words: true, shared: true, version: true, createdAt: true, person: { select: { name: true } } },
  });
  const seen = new Set<string>();
  return rows.map((row) => {
    const key = `${row.itemId}:${row.personId}`;
    const current = !seen.has(key);
    seen.add(key);
    return { ...row, name: row.person.name, mine: row.personId === access.person.id, current };
  });
}

export async function recordScale({ access, score, note, request }: { access: FamilyAccess; score: number; note: string; request: Request }) {
  const row = await db.scaleScore.create({
    data: { familyId: access.familyId, personId: access.person.id, role: access.role, score, note },
    select: { id: true },
  });
  await recordAudit({ request, action: "plan.scale.record", actorId: access.person.id, role: access.role, familyId: access.familyId, entity: "scaleScore", entityId: row.id });
}

export function listScale({ familyId }: { familyId: string }) {
  return db.scaleScore.findMany({
    where: { familyId },
    orderBy: { createdAt: "asc" },
    select: { id: true, personId: true, role: true, score: true, note: true, createdAt: true, person: { select: { name: true } } },
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
  await recordAudit({ request, action: "plan.correction.request", actorId: access.person.id, role: access.role, familyId: access.familyId, entity: "correctionRequest", entityId: row.id });
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
    data: { status: answer, reason: reason || null, respondedById: access.person.id, respondedAt: new Date() },
  });
  if (updated.count !== 1) return false;
  await recordAudit({ request, action: "plan.correction.answer", actorId: access.person.id, role: access.role, familyId: access.familyId, entity: "correctionRequest", entityId: correctionId });
  return true;
}

export async function listCorrections({ familyId, itemId }: { familyId: string; itemId?: string }) {
  const rows = await db.correctionRequest.findMany({
    where: { familyId, ...(itemId ? { itemId } : {}) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      itemId: true,
      version: true,
      whatIsWrong: true,
      shouldSay: true,
      status: true,
      reason: true,
      createdAt: true,
      respondedAt: true,
      person: { select: { name: true } },
      respondedBy: { select: { name: true } },
    },
  });
  return rows.map(({ person, respondedBy, ...row }) => ({ ...row, name: person.name, respondedByName: respondedBy?.name ?? null }));
}

/** What happened in the family's plan since the person last looked, then marks it seen. */
export async function whatsNewSinceLastVisit({ access }: { access: FamilyAccess }) {
  const { familyId, person } = access;
  const visit = await db.familyVisit.findUnique({ where: { familyId_personId: { familyId, personId: person.id } }, select: { seenAt: true } });
  const since = visit?.seenAt ?? null;
  const now = new Date();
  await db.familyVisit.upsert({
    where: { familyId_personId: { familyId, personId: person.id } },
    create: { familyId, personId: person.id, seenAt: now },
    update: { seenAt: now },
  });
  if (!since) return { firstVisit: true as const };
  const after = { gt: since };
  const canSeePlan = can(access.role, "plan", "view");
  const seeAllViews = can(access.role, "plan", "write");
  const [versions, views, scores, answers, corrections] = canSeePlan
    ? await Promise.all([
        db.planVersion.findMany({ where: { familyId, publishedAt: after }, select: { number: true }, orderBy: { number: "asc" } }),
        db.itemView.count({ where: { familyId, createdAt: after, personId: { not: person.id }, ...(seeAllViews ? {} : { shared: true }) } }),
        db.scaleScore.count({ where: { familyId, createdAt: after, personId: { not: person.id } } }),
        db.correctionRequest.count({ where: { familyId, respondedAt: after, personId: person.id } }),
        seeAllViews ? db.correctionRequest.count({ where: { familyId, createdAt: after, status: "OPEN" } }) : Promise.resolve(0),
      ])
    : [[], 0, 0, 0, 0];
  return { firstVisit: false as const, since: since.toISOString(), versions: versions.map((row) => row.number), views, scores, answers, corrections };
}
