import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { IdSchema } from "~/utils/http.server";
import { userText } from "~/utils/text.server";

// The child's diary. An entry can be read only by its author and the family members they chose
// by name. Every query below carries that rule in its WHERE clause, so an entry someone was not
// given is missing for them, exactly like an entry that does not exist (the route answers 404).
// Each edit adds a version; taking a reader off sets removedAt, so nothing is overwritten.
// A reader reads the version that was current when they were chosen and the ones after it
// (DiaryReader.fromVersion); what the author wrote before that stays with the author.

const e = (key: string) => `kinship:errors.diary.${key}`;

const DiaryBaseSchema = z.object({
  day: z
    .string(e("dayRequired"))
    .regex(/^\d{4}-\d{2}-\d{2}$/, e("dayRequired"))
    .refine(
      (day) =>
        !Number.isNaN(Date.parse(`${day}T12:00:00Z`)) &&
        new Date(`${day}T12:00:00Z`).toISOString().startsWith(day),
      e("dayRequired"),
    )
    .refine((day) => Date.parse(`${day}T00:00:00Z`) <= Date.now() + 86_400_000, e("dayFuture")),
  text: userText({ required: e("textRequired"), max: 5000, tooLong: e("textTooLong") }),
});

/** The diary form; `readers` is posted once per ticked person (none, one or many). */
export const DiarySchema = DiaryBaseSchema.extend({
  readers: z
    .preprocess(
      (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string()),
    )
    .refine(
      (readers) => readers.length <= 50 && readers.every((reader) => IdSchema.safeParse(reader).success),
      e("readersInvalid"),
    )
    .transform((readers) => [...new Set(readers)]),
});

export type DiaryInput = z.infer<typeof DiarySchema>;

/** Who may read an entry: its author, and readers not taken off. The one rule, used by every read. */
function readableBy(personId: string) {
  return { OR: [{ authorId: personId }, { readers: { some: { personId, removedAt: null } } }] };
}

/** The family's other active members, whom an author may choose as readers. */
export async function listPossibleReaders({ familyId, personId }: { familyId: string; personId: string }) {
  const people = await familyPeople({ familyId });
  return people.active
    .filter((member) => member.personId !== personId)
    .map(({ personId, role, relationship, name }) => ({ personId, role, relationship, name }));
}

/** The entries this person may read, newest day first, each as its newest version. */
export async function listDiary({ familyId, personId }: { familyId: string; personId: string }) {
  const [entries, people] = await Promise.all([
    db.diaryEntry.findMany({
      where: { familyId, ...readableBy(personId) },
      select: {
        id: true,
        authorId: true,
        versions: { orderBy: { version: "desc" }, take: 1, select: { day: true, text: true, version: true } },
      },
      take: 200,
    }),
    familyPeople({ familyId }),
  ]);
  return entries
    .flatMap((entry) => {
      const newest = entry.versions[0];
      return newest
        ? [
            {
              id: entry.id,
              day: newest.day,
              text: newest.text,
              mine: entry.authorId === personId,
              authorName: people.nameOfPerson(entry.authorId),
            },
          ]
        : [];
    })
    .sort((a, b) => b.day.localeCompare(a.day));
}

/**
 * One entry, if this person may read it: for its author every version and the readers; for a
 * reader only the versions from the one current when they were chosen.
 */
export async function getDiaryEntry({
  familyId,
  personId,
  entryId,
}: {
  familyId: string;
  personId: string;
  entryId: string;
}) {
  const entry = await db.diaryEntry.findFirst({
    where: { id: entryId, familyId, ...readableBy(personId) },
    select: {
      id: true,
      authorId: true,
      readers: { where: { removedAt: null }, select: { personId: true, fromVersion: true } },
    },
  });
  if (!entry) return null;
  const mine = entry.authorId === personId;
  const from = mine
    ? 1
    : Math.min(
        ...entry.readers.filter((reader) => reader.personId === personId).map((reader) => reader.fromVersion),
      );
  const versions = await db.diaryEntryVersion.findMany({
    where: { entryId: entry.id, familyId, version: { gte: from } },
    orderBy: { version: "desc" },
    select: { version: true, day: true, text: true, createdAt: true },
  });
  if (versions.length === 0) return null;
  return {
    id: entry.id,
    authorId: entry.authorId,
    mine,
    current: versions[0],
    versions,
    // Readers are the author's choice; other readers are not told who else reads.
    readers: mine ? entry.readers.map((reader) => reader.personId) : [],
  };
}

/** Only members of this family (other than the author) can be readers. */
async function keepMembers(
  tx: Pick<typeof db, "membership">,
  familyId: string,
  authorId: string,
  readers: string[],
) {
  if (readers.length === 0) return [];
  const rows = await tx.membership.findMany({
    where: { familyId, status: "ACTIVE", personId: { in: readers.filter((reader) => reader !== authorId) } },
    select: { personId: true },
  });
  return rows.map((row) => row.personId);
}

export async function createDiaryEntry({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: DiaryInput;
  request: Request;
}) {
  const { familyId } = access;
  const authorId = access.person.id;
  const id = await db.$transaction(async (tx) => {
    const readers = await keepMembers(tx, familyId, authorId, input.readers);
    const entry = await tx.diaryEntry.create({ data: { familyId, authorId }, select: { id: true } });
    await tx.diaryEntryVersion.create({
      data: { entryId: entry.id, familyId, version: 1, day: input.day, text: input.text },
    });
    if (readers.length > 0)
      await tx.diaryReader.createMany({
        data: readers.map((personId) => ({ entryId: entry.id, familyId, personId, fromVersion: 1 })),
      });
    return entry.id;
  });
  await recordAudit({
    request,
    action: "diary.write",
    actorId: authorId,
    role: access.role,
    familyId,
    entity: "diaryEntry",
    entityId: id,
  });
  return id;
}

export type DiaryChangeOutcome = { ok: true } | { ok: false; error: "not-found" | "conflict" };

/**
 * The author changes an entry: a new version after `baseVersion` (the one the form showed; a
 * newer one in between is a conflict, nothing written) and the readers they now choose.
 */
export async function changeDiaryEntry({
  access,
  entryId,
  baseVersion,
  input,
  request,
}: {
  access: FamilyAccess;
  entryId: string;
  baseVersion: number;
  input: DiaryInput;
  request: Request;
}): Promise<DiaryChangeOutcome> {
  const { familyId } = access;
  const authorId = access.person.id;
  const outcome = await db
    .$transaction(async (tx): Promise<DiaryChangeOutcome> => {
      const entry = await tx.diaryEntry.findFirst({
        where: { id: entryId, familyId, authorId },
        select: {
          versions: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
          readers: { where: { removedAt: null }, select: { personId: true } },
        },
      });
      if (!entry) return { ok: false, error: "not-found" };
      if (entry.versions[0]?.version !== baseVersion) return { ok: false, error: "conflict" };
      await tx.diaryEntryVersion.create({
        data: { entryId, familyId, version: baseVersion + 1, day: input.day, text: input.text },
      });
      const wanted = await keepMembers(tx, familyId, authorId, input.readers);
      const now = new Date();
      const current = entry.readers.map((reader) => reader.personId);
      const gone = current.filter((personId) => !wanted.includes(personId));
      const added = wanted.filter((personId) => !current.includes(personId));
      if (gone.length > 0)
        await tx.diaryReader.updateMany({
          where: { entryId, personId: { in: gone }, removedAt: null },
          data: { removedAt: now },
        });
      // Someone chosen now reads from this new version on, not what was written before.
      if (added.length > 0)
        await tx.diaryReader.createMany({
          data: added.map((personId) => ({ entryId, familyId, personId, fromVersion: baseVersion + 1 })),
        });
      return { ok: true };
    })
    .catch((error: unknown): DiaryChangeOutcome => {
      if ((error as { code?: string }).code === "P2002") return { ok: false, error: "conflict" };
      throw error;
    });
  if (outcome.ok)
    await recordAudit({
      request,
      action: "diary.write",
      actorId: authorId,
      role: access.role,
      familyId,
      entity: "diaryEntry",
      entityId: entryId,
    });
  return outcome;
}
