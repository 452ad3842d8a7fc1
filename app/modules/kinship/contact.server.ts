import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { userText } from "~/utils/text.server";

// Contact arrangements for the child: who visits, when, where, supervised or not, and the
// carer's own steps if an adult is late or seems drunk or high. Each change adds a version,
// so the history of the arrangement is kept.

const e = (key: string) => `kinship:errors.contact.${key}`;

export const ContactSchema = z.object({
  who: userText({ required: e("whoRequired"), max: 200, tooLong: e("tooLong200") }),
  whenText: userText({ required: e("whenRequired"), max: 200, tooLong: e("tooLong200") }),
  place: userText({ required: e("placeRequired"), max: 200, tooLong: e("tooLong200") }),
  supervised: z.enum(["yes", "no"], e("supervisedRequired")),
  supervisor: userText({ max: 120, tooLong: e("tooLong120") })
    .optional()
    .default(""),
  ownSteps: userText({ max: 2000, tooLong: e("tooLong2000") })
    .optional()
    .default(""),
  stopped: z.literal("yes").optional(),
});

export type ContactInput = z.infer<typeof ContactSchema>;

const versionFields = {
  arrangementId: true,
  version: true,
  who: true,
  whenText: true,
  place: true,
  supervised: true,
  supervisor: true,
  ownSteps: true,
  stopped: true,
  authorId: true,
  createdAt: true,
} as const;

const toRow = (input: ContactInput) => ({
  who: input.who,
  whenText: input.whenText,
  place: input.place,
  supervised: input.supervised === "yes",
  supervisor: input.supervised === "yes" ? input.supervisor : "",
  ownSteps: input.ownSteps,
  stopped: input.stopped === "yes",
});

/** Each arrangement as it is now (its newest version), current ones first. */
export async function listArrangements({ familyId }: { familyId: string }) {
  const versions = await db.contactArrangementVersion.findMany({
    where: { familyId },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: versionFields,
  });
  const newest = new Map<string, (typeof versions)[number]>();
  for (const version of versions)
    if (!newest.has(version.arrangementId)) newest.set(version.arrangementId, version);
  return [...newest.values()].sort((a, b) => Number(a.stopped) - Number(b.stopped));
}

/** One arrangement with every version, newest first, and who wrote each; null when not in this family. */
export async function getArrangement({
  familyId,
  arrangementId,
}: {
  familyId: string;
  arrangementId: string;
}) {
  const [versions, people] = await Promise.all([
    db.contactArrangementVersion.findMany({
      where: { familyId, arrangementId },
      orderBy: { version: "desc" },
      select: versionFields,
    }),
    familyPeople({ familyId }),
  ]);
  if (versions.length === 0) return null;
  return {
    current: versions[0],
    versions: versions.map((version) => ({ ...version, authorName: people.nameOfPerson(version.authorId) })),
  };
}

export async function createArrangement({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: ContactInput;
  request: Request;
}) {
  const { familyId } = access;
  const id = await db.$transaction(async (tx) => {
    const arrangement = await tx.contactArrangement.create({
      data: { familyId, createdById: access.person.id },
      select: { id: true },
    });
    await tx.contactArrangementVersion.create({
      data: {
        arrangementId: arrangement.id,
        familyId,
        version: 1,
        ...toRow(input),
        authorId: access.person.id,
      },
    });
    return arrangement.id;
  });
  await recordAudit({
    request,
    action: "contact.write",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "contactArrangement",
    entityId: id,
  });
  return id;
}

export type ChangeOutcome = { ok: true } | { ok: false; error: "not-found" | "conflict" };

/**
 * Adds a version after `baseVersion`, the one the form was shown with. If someone saved a newer
 * one in between, nothing is written: (arrangementId, version) is unique, so only one wins.
 */
export async function changeArrangement({
  access,
  arrangementId,
  baseVersion,
  input,
  request,
}: {
  access: FamilyAccess;
  arrangementId: string;
  baseVersion: number;
  input: ContactInput;
  request: Request;
}): Promise<ChangeOutcome> {
  const { familyId } = access;
  const latest = await db.contactArrangementVersion.findFirst({
    where: { familyId, arrangementId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  if (!latest) return { ok: false, error: "not-found" };
  if (latest.version !== baseVersion) return { ok: false, error: "conflict" };
  try {
    await db.contactArrangementVersion.create({
      data: {
        arrangementId,
        familyId,
        version: baseVersion + 1,
        ...toRow(input),
        authorId: access.person.id,
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, error: "conflict" };
    throw error;
  }
  await recordAudit({
    request,
    action: "contact.write",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "contactArrangement",
    entityId: arrangementId,
  });
  return { ok: true };
}
