import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { adviserAreas, hiddenFromAdviser, type AdviserView } from "~/modules/permissions/matrix";
import { db } from "~/utils/db.server";
import { parseSubmission } from "~/utils/forms.server";
import { idSchema } from "~/utils/http.server";

// The family decides, per adviser, which parts of its space they see. The current choice sits
// in AdviserView (read by the guard with the membership); every change is also kept in
// AdviserViewChange, which the database never lets change.

export const AdviserViewFormSchema = z.object({
  membershipId: idSchema("kinship:errors.generic"),
  revision: z.coerce.number().int().min(0).max(1_000_000),
  // One value per ticked box: none, one (a string) or several.
  areas: z.preprocess(
    (value) => (value === undefined ? [] : [value].flat()),
    z.array(z.enum(adviserAreas)).max(adviserAreas.length),
  ),
});

/** Reads the form with parseSubmission. */
export function parseAdviserViewForm(form: URLSearchParams) {
  return parseSubmission(form, AdviserViewFormSchema);
}

const viewFromAreas = (areas: readonly string[]): AdviserView =>
  Object.fromEntries(adviserAreas.map((area) => [area, areas.includes(area)])) as AdviserView;

export const areasShown = (view: AdviserView) => adviserAreas.filter((area) => view[area]);

/** The family's advisers, what each sees now, and the history of the family's choices. */
export async function listAdviserViews({ familyId }: { familyId: string }) {
  const [people, views, changes] = await Promise.all([
    familyPeople({ familyId }),
    db.adviserView.findMany({
      where: { familyId },
      select: { membershipId: true, plan: true, rules: true, meetings: true, network: true, revision: true },
    }),
    db.adviserViewChange.findMany({
      where: { familyId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        membershipId: true,
        plan: true,
        rules: true,
        meetings: true,
        network: true,
        changedById: true,
        createdAt: true,
      },
    }),
  ]);
  const viewOf = new Map(views.map(({ membershipId, ...view }) => [membershipId, view]));
  return people.activeIn(["ADVISER"]).map((adviser) => {
    const { revision = 0, ...view } = viewOf.get(adviser.membershipId) ?? {
      ...hiddenFromAdviser,
      revision: 0,
    };
    return {
      membershipId: adviser.membershipId,
      name: adviser.name,
      revision,
      view,
      history: changes
        .filter((change) => change.membershipId === adviser.membershipId)
        .map((change) => ({
          id: change.id,
          at: change.createdAt,
          byName: people.nameOfPerson(change.changedById),
          shown: areasShown(change),
        })),
    };
  });
}

export type SetViewOutcome = { ok: true } | { ok: false; error: "not-found" | "conflict" };

/**
 * Saves the family's choice for one adviser. `revision` is the one the form was shown with:
 * if someone else saved in between, nothing is written and the caller shows both choices.
 */
export async function setAdviserView({
  access,
  membershipId,
  revision,
  areas,
  request,
}: {
  access: FamilyAccess;
  membershipId: string;
  revision: number;
  areas: readonly string[];
  request: Request;
}): Promise<SetViewOutcome> {
  const { familyId } = access;
  const view = viewFromAreas(areas);
  const outcome = await db
    .$transaction(async (tx): Promise<SetViewOutcome> => {
      const adviser = await tx.membership.findFirst({
        where: { id: membershipId, familyId, role: "ADVISER", status: "ACTIVE" },
        select: { id: true },
      });
      if (!adviser) return { ok: false, error: "not-found" };
      const now = new Date();
      if (revision === 0) {
        const existing = await tx.adviserView.findUnique({ where: { membershipId }, select: { id: true } });
        if (existing) return { ok: false, error: "conflict" };
        await tx.adviserView.create({
          data: { familyId, membershipId, ...view, changedById: access.person.id, changedAt: now },
        });
      } else {
        const saved = await tx.adviserView.updateMany({
          where: { membershipId, familyId, revision },
          data: { ...view, revision: revision + 1, changedById: access.person.id, changedAt: now },
        });
        if (saved.count !== 1) return { ok: false, error: "conflict" };
      }
      await tx.adviserViewChange.create({
        data: { familyId, membershipId, ...view, changedById: access.person.id, createdAt: now },
      });
      return { ok: true };
    })
    // Two first choices at once: the second create breaks the unique membershipId.
    .catch((error: unknown): SetViewOutcome => {
      if ((error as { code?: string }).code === "P2002") return { ok: false, error: "conflict" };
      throw error;
    });
  if (outcome.ok) {
    await recordAudit({
      request,
      action: "adviserAccess.change",
      actorId: access.person.id,
      role: access.role,
      familyId,
      entity: "adviserAccess",
      entityId: membershipId,
    });
  }
  return outcome;
}
