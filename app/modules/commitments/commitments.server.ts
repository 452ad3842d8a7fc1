import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { commitmentKinds, MAX_SLOTS, type CommitmentKind } from "~/modules/commitments/commitment-constants";
import {
  checkInChoices,
  daysOfChoice,
  missedOccurrences,
  repeatChoices,
  scheduleRows,
  slotProblems,
  sortSlots,
  type Occurrence,
  type Slot,
} from "~/modules/commitments/schedule";
import { notify } from "~/modules/notices/notices.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db, readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";
import { userText } from "~/utils/text.server";
import { transition } from "~/utils/transition.server";
import { minutesOf, ukParts, weekDays, type WeekDay } from "~/utils/uk-time";

import { acceptanceSide, familySide, waitsForYesFrom } from "./acceptance";

export { MAX_SLOTS, type CommitmentKind };
export { acceptanceSide, waitsForYesFrom };
const commitmentStatuses = ["OFFERED", "ACTIVE", "PAUSED", "ENDED"] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

const MAX_WORDS = 500;
const MAX_REASON = 500;

// Error messages are keys in the "commitments" namespace, read through the "errors" one.
const E = (key: string) => `commitments:errors.${key}`;

const isoDate = z
  .string()
  .trim()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    E("date"),
  );

const SlotsSchema = z.array(
  z.object({ day: z.coerce.number().int().min(1).max(7), start: z.string(), end: z.string() }),
);

export type CommitmentInput = {
  kind: CommitmentKind;
  words: string;
  slots: Slot[];
  startDate: string;
  endDate: string | null;
};
export type FormValues = Record<string, string>;

/**
 * The offer and change form, read with parseSubmission. Every problem is named per field, as a
 * translation key (the field's issue path), and everything typed comes back with it: an end
 * before the start, a time that cannot be, an end time not after its start, and two times on one
 * day that overlap (or repeat) are refused. Empty boxes arrive missing, so each reads as "".
 */
export const CommitmentFormSchema = z.record(z.string(), z.unknown()).transform((posted, ctx) => {
  const value = (name: string) => (typeof posted[name] === "string" ? (posted[name] as string) : "");
  const errors: Record<string, string> = {};

  const kind = z.enum(commitmentKinds).safeParse(posted.kind);
  if (!kind.success) errors.kind = E("kind");
  const words = userText({ max: MAX_WORDS, tooLong: E("wordsTooLong") }).safeParse(value("words"));
  if (!words.success) errors.words = words.error.issues[0].message;
  else if (kind.success && kind.data === "OTHER" && words.data === "") errors.words = E("wordsRequired");

  const slots: Slot[] = [];
  const slotFields: string[] = [];
  for (let index = 0; index < MAX_SLOTS; index += 1) {
    const day = value(`slot${index}Day`).trim();
    const start = value(`slot${index}Start`).trim();
    const end = value(`slot${index}End`).trim();
    if (!day && !start && !end) continue;
    const field = `slot${index}Day`;
    if (!day || !start || !end) {
      errors[field] = E("slotIncomplete");
      continue;
    }
    // One row may stand for every weekday or every day, with one time range.
    const repeat = repeatChoices.find((choice) => choice === day);
    const parsed = SlotsSchema.element.safeParse({ day: repeat ? 1 : day, start, end });
    if (!parsed.success) {
      errors[field] = E("slotDay");
      continue;
    }
    for (const each of repeat ? daysOfChoice(repeat) : [parsed.data.day as WeekDay]) {
      slots.push({ day: each, start, end });
      slotFields.push(field);
    }
  }
  for (const [index, problem] of slotProblems(slots)) errors[slotFields[index]] = E(`slot_${problem}`);
  if (slots.length === 0 && !Object.keys(errors).some((key) => key.startsWith("slot")))
    errors.slot0Day = E("slotNone");

  const startDate = isoDate.safeParse(value("startDate"));
  if (!value("startDate")) errors.startDate = E("startRequired");
  else if (!startDate.success) errors.startDate = E("date");
  const endRaw = value("endDate").trim();
  const endDate = endRaw ? isoDate.safeParse(endRaw) : null;
  if (endDate && !endDate.success) errors.endDate = E("date");
  else if (endDate?.success && startDate.success && endDate.data < startDate.data)
    errors.endDate = E("endBeforeStart");

  for (const [field, message] of Object.entries(errors))
    ctx.addIssue({ code: "custom", message, path: [field] });
  if (Object.keys(errors).length > 0 || !kind.success || !words.success || !startDate.success) return z.NEVER;
  const input: CommitmentInput = {
    kind: kind.data,
    words: words.data,
    slots: sortSlots(slots),
    startDate: startDate.data,
    endDate: endDate?.success ? endDate.data : null,
  };
  return input;
});

/** A commitment's schedule as form values, for a form that starts from what is saved. */
export function formValuesOf(commitment: CommitmentInput): FormValues {
  const values: FormValues = {
    kind: commitment.kind,
    words: commitment.words,
    startDate: commitment.startDate,
    endDate: commitment.endDate ?? "",
  };
  scheduleRows(commitment.slots).forEach((row, index) => {
    values[`slot${index}Day`] = String(row.days);
    values[`slot${index}Start`] = row.start;
    values[`slot${index}End`] = row.end;
  });
  return values;
}

const StoredSlots = z.array(
  z.object({ day: z.number().int().min(1).max(7), start: z.string(), end: z.string() }),
);

export function readSlots(text: string): Slot[] {
  const parsed = StoredSlots.safeParse(JSON.parse(text));
  return parsed.success
    ? parsed.data
        .filter((slot) => weekDays.includes(slot.day as WeekDay) && minutesOf(slot.start) !== null)
        .map((slot) => ({ ...slot, day: slot.day as WeekDay }))
    : [];
}

const commitmentSelect = {
  id: true,
  membershipId: true,
  kind: true,
  words: true,
  slots: true,
  startDate: true,
  endDate: true,
  status: true,
  statusReason: true,
  familyAcceptedById: true,
  practitionerAcceptedById: true,
  activeSince: true,
  revision: true,
  updatedById: true,
  updatedAt: true,
} as const;

type CommitmentRow = {
  id: string;
  membershipId: string;
  kind: CommitmentKind;
  words: string;
  slots: string;
  startDate: string;
  endDate: string | null;
  status: CommitmentStatus;
  statusReason: string | null;
  familyAcceptedById: string | null;
  practitionerAcceptedById: string | null;
  activeSince: Date | null;
  revision: number;
  updatedById: string;
  updatedAt: Date;
};

function toCommitment(row: CommitmentRow) {
  return { ...row, slots: readSlots(row.slots) };
}
export type Commitment = ReturnType<typeof toCommitment>;

/** Every commitment of the family, newest first. */
export async function listCommitments({ familyId }: { familyId: string }) {
  const rows = await db.commitment.findMany({
    where: { familyId },
    orderBy: { createdAt: "desc" },
    select: commitmentSelect,
  });
  return rows.map(toCommitment);
}

export async function getCommitment({ familyId, id }: { familyId: string; id: string }) {
  const row = await db.commitment.findFirst({ where: { id, familyId }, select: commitmentSelect });
  return row ? toCommitment(row) : null;
}

/** A commitment's versions, and the check-ins this viewer may see (see checkInSight). */
export async function commitmentHistory({
  access,
  commitment,
}: {
  access: Pick<FamilyAccess, "familyId" | "role" | "membershipId">;
  commitment: Pick<Commitment, "id" | "membershipId">;
}) {
  const everything = checkInSight(access, commitment) === "all";
  const where = { commitmentId: commitment.id, familyId: access.familyId };
  const [versions, checkIns] = await Promise.all([
    db.commitmentVersion.findMany({
      where,
      orderBy: { revision: "desc" },
      select: {
        revision: true,
        change: true,
        kind: true,
        words: true,
        slots: true,
        startDate: true,
        endDate: true,
        status: true,
        statusReason: true,
        changedById: true,
        createdAt: true,
      },
    }),
    db.commitmentCheckIn.findMany({
      where: everything ? where : { ...where, outcome: "DONE" },
      orderBy: { occurrence: "desc" },
      select: {
        id: true,
        occurrence: true,
        outcome: true,
        note: everything,
        personId: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    versions: versions.map((version) => ({ ...version, slots: readSlots(version.slots) })),
    checkIns: checkIns.map((checkIn) => ({ ...checkIn, note: everything ? (checkIn.note ?? "") : null })),
  };
}

export type CheckInSight = "all" | "kept";

/**
 * The one rule for who sees a commitment's check-ins, used by every page that shows them: the
 * keeper, the parents, kinship carers and the social worker see every check-in with its note,
 * and the times with none ("all"). Anyone else who may see the promise sees only that times were
 * kept ("kept"): no "could not", no notes, no missed times.
 */
export function checkInSight(
  access: Pick<FamilyAccess, "role" | "membershipId">,
  commitment: Pick<Commitment, "membershipId">,
): CheckInSight {
  return isKeeper(access, commitment) || familySide(access.role) || access.role === "PRACTITIONER"
    ? "all"
    : "kept";
}

/** Whether this viewer may act on this commitment as its keeper (check in, change it). */
export const isKeeper = (
  access: Pick<FamilyAccess, "membershipId">,
  commitment: Pick<Commitment, "membershipId">,
) => access.membershipId === commitment.membershipId;

export function canPauseOrEnd(
  access: Pick<FamilyAccess, "role" | "membershipId">,
  commitment: Pick<Commitment, "membershipId">,
) {
  if (!can(access, "commitments", "pauseOrEnd")) return false;
  // A network member may stop only their own promise; parents, carers and the social worker any.
  return access.role !== "NETWORK_MEMBER" || isKeeper(access, commitment);
}

async function writeVersion(
  tx: Pick<typeof db, "commitmentVersion">,
  commitment: CommitmentRow | (Omit<CommitmentRow, "slots"> & { slots: string }),
  change: string,
  changedById: string,
) {
  await tx.commitmentVersion.create({
    data: {
      commitmentId: commitment.id,
      familyId: (commitment as { familyId?: string }).familyId ?? "",
      revision: commitment.revision,
      change,
      kind: commitment.kind,
      words: commitment.words,
      slots: commitment.slots,
      startDate: commitment.startDate,
      endDate: commitment.endDate,
      status: commitment.status,
      statusReason: commitment.statusReason,
      changedById,
    },
  });
}

/** A keeper's offer. A parent or kinship carer offering agrees for the family by offering. */
export async function offerCommitment({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: CommitmentInput;
  request: Request;
}) {
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    const row = await tx.commitment.create({
      data: {
        familyId: access.familyId,
        membershipId: access.membershipId,
        kind: input.kind,
        words: input.words,
        slots: JSON.stringify(input.slots),
        startDate: input.startDate,
        endDate: input.endDate,
        familyAcceptedById: familySide(access.role) ? access.person.id : null,
        familyAcceptedAt: familySide(access.role) ? now : null,
        updatedById: access.person.id,
        updatedAt: now,
      },
      select: { ...commitmentSelect, familyId: true },
    });
    await writeVersion(tx, row, "offered", access.person.id);
    return row;
  });
  await recordAudit({
    request,
    action: "commitments.offer",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "commitment",
    entityId: created.id,
  });
  await notify({
    familyId: access.familyId,
    event: "commitment.offered",
    subjectId: created.id,
    actorId: access.person.id,
  });
  return created.id;
}

export type ChangeOutcome =
  | { ok: true }
  | { ok: false; error: "not-found" | "not-permitted" | "stale" | "not-now" }
  | { ok: false; error: "conflict"; theirs: Commitment; theirsBy: string };

/**
 * Applies one change at the revision the person saw, from the state it was worked out from:
 * ONE conditional update on both (see transition.server.ts), so of two changes made at once
 * only one lands; the other is told, and nothing is lost or undone.
 */
async function changeAt(
  access: FamilyAccess,
  id: string,
  revision: number,
  change: string,
  build: (current: Commitment) => Record<string, unknown> | "not-permitted" | "not-now",
  request: Request,
): Promise<ChangeOutcome> {
  const current = await getCommitment({ familyId: access.familyId, id });
  if (!current) return { ok: false, error: "not-found" };
  const data = build(current);
  if (data === "not-permitted" || data === "not-now") return { ok: false, error: data };
  const now = new Date();
  const landed = await db.$transaction(async (tx) => {
    const moved = await transition<CommitmentStatus>({
      from: current.status,
      revision,
      write: (still) =>
        tx.commitment.updateMany({
          where: { id, familyId: access.familyId, revision: still.revision, status: still.state },
          data: { ...data, revision: revision + 1, updatedById: access.person.id, updatedAt: now },
        }),
    });
    if (!moved) return false;
    const row = await tx.commitment.findUniqueOrThrow({
      where: { id },
      select: { ...commitmentSelect, familyId: true },
    });
    await writeVersion(tx, row, change, access.person.id);
    return true;
  });
  if (!landed) {
    const theirs = await getCommitment({ familyId: access.familyId, id });
    if (!theirs) return { ok: false, error: "not-found" };
    return { ok: false, error: "conflict", theirs, theirsBy: theirs.updatedById };
  }
  await recordAudit({
    request,
    action: `commitments.${change}`,
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "commitment",
    entityId: id,
  });
  return { ok: true };
}

/** The family's or the social worker's yes. With both, the commitment starts and check-ins fall due. */
export function acceptCommitment({
  access,
  id,
  revision,
  request,
}: {
  access: FamilyAccess;
  id: string;
  revision: number;
  request: Request;
}) {
  const side = acceptanceSide(access);
  return changeAt(
    access,
    id,
    revision,
    "accepted",
    (current) => {
      if (!side) return "not-permitted";
      if (current.status !== "OFFERED") return "not-now";
      const now = new Date();
      const family = side === "family" ? access.person.id : current.familyAcceptedById;
      const practitioner = side === "practitioner" ? access.person.id : current.practitionerAcceptedById;
      if ((side === "family" ? current.familyAcceptedById : current.practitionerAcceptedById) !== null)
        return "not-now";
      const both = family !== null && practitioner !== null;
      return {
        ...(side === "family"
          ? { familyAcceptedById: family, familyAcceptedAt: now }
          : { practitionerAcceptedById: practitioner, practitionerAcceptedAt: now }),
        ...(both ? { status: "ACTIVE", activeSince: now } : {}),
      };
    },
    request,
  );
}

/** The keeper changes their promise. A changed promise needs accepting again. */
export function editCommitment({
  access,
  id,
  revision,
  input,
  request,
}: {
  access: FamilyAccess;
  id: string;
  revision: number;
  input: CommitmentInput;
  request: Request;
}) {
  return changeAt(
    access,
    id,
    revision,
    "changed",
    (current) => {
      if (!isKeeper(access, current) || !can(access, "commitments", "edit")) return "not-permitted";
      if (current.status === "ENDED") return "not-now";
      return {
        kind: input.kind,
        words: input.words,
        slots: JSON.stringify(input.slots),
        startDate: input.startDate,
        endDate: input.endDate,
        status: "OFFERED",
        statusReason: null,
        activeSince: null,
        familyAcceptedById: familySide(access.role) ? access.person.id : null,
        familyAcceptedAt: familySide(access.role) ? new Date() : null,
        practitionerAcceptedById: null,
        practitionerAcceptedAt: null,
      };
    },
    request,
  );
}

export type StatusChange = "pause" | "resume" | "end";

/** Pause, resume or end, with a reason for pausing and ending. */
export function changeStatus({
  access,
  id,
  revision,
  to,
  reason,
  request,
}: {
  access: FamilyAccess;
  id: string;
  revision: number;
  to: StatusChange;
  reason: string;
  request: Request;
}) {
  const change = { pause: "paused", resume: "resumed", end: "ended" }[to];
  return changeAt(
    access,
    id,
    revision,
    change,
    (current) => {
      if (!canPauseOrEnd(access, current)) return "not-permitted";
      if (to === "pause")
        return current.status === "ACTIVE"
          ? { status: "PAUSED", statusReason: reason, activeSince: null }
          : "not-now";
      if (to === "resume")
        return current.status === "PAUSED"
          ? { status: "ACTIVE", statusReason: null, activeSince: new Date() }
          : "not-now";
      return current.status === "ENDED"
        ? "not-now"
        : { status: "ENDED", statusReason: reason, activeSince: null };
    },
    request,
  );
}

export const StatusChangeSchema = z.object({
  to: z.enum(["pause", "resume", "end"]),
  revision: z.coerce.number().int().min(1),
  reason: userText({ max: MAX_REASON, tooLong: E("reasonTooLong") })
    .optional()
    .default(""),
});

export const CheckInSchema = z.object({
  occurrence: z.string(E("occurrence")).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, E("occurrence")),
  outcome: z.enum(["DONE", "COULD_NOT"], E("outcome")),
  note: userText({ max: MAX_REASON, tooLong: E("noteTooLong") })
    .optional()
    .default(""),
});

export async function checkedInKeys({ familyId, commitmentId }: { familyId: string; commitmentId: string }) {
  const rows = await db.commitmentCheckIn.findMany({
    where: { familyId, commitmentId },
    select: { occurrence: true },
  });
  return new Set(rows.map((row) => row.occurrence));
}

export type CheckInOutcome =
  { ok: true } | { ok: false; error: "not-found" | "not-permitted" | "occurrence" | "already" };

/** The keeper logs one scheduled time: done, or could not (with a note). Only a time that is due and not logged yet. */
export async function logCheckIn({
  access,
  id,
  input,
  request,
  now = new Date(),
}: {
  access: FamilyAccess;
  id: string;
  input: z.infer<typeof CheckInSchema>;
  request: Request;
  now?: Date;
}): Promise<CheckInOutcome> {
  const commitment = await getCommitment({ familyId: access.familyId, id });
  if (!commitment) return { ok: false, error: "not-found" };
  if (!isKeeper(access, commitment)) return { ok: false, error: "not-permitted" };
  const done = await checkedInKeys({ familyId: access.familyId, commitmentId: id });
  if (done.has(input.occurrence)) return { ok: false, error: "already" };
  if (!checkInChoices(commitment, done, now).some((choice) => choice.key === input.occurrence))
    return { ok: false, error: "occurrence" };
  // The unique (commitment, time) key settles two check-ins sent at once: one is kept.
  const created = await db.commitmentCheckIn
    .createMany({
      data: [
        {
          familyId: access.familyId,
          commitmentId: id,
          occurrence: input.occurrence,
          outcome: input.outcome,
          note: input.note,
          personId: access.person.id,
        },
      ],
    })
    .catch(() => ({ count: 0 }));
  if (created.count !== 1) return { ok: false, error: "already" };
  await recordAudit({
    request,
    action: "commitments.checkIn",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "commitment",
    entityId: id,
  });
  return { ok: true };
}

export type MissedCheckIn = {
  commitmentId: string;
  membershipId: string;
  kind: CommitmentKind;
  occurrence: Occurrence;
};

/** Missed check-ins across commitments, kept to the ones this viewer should see. */
export function missedFor(
  access: Pick<FamilyAccess, "role" | "membershipId">,
  commitments: (Commitment & { checkedIn: ReadonlySet<string> })[],
  now: Date,
): MissedCheckIn[] {
  return commitments
    .filter((commitment) => checkInSight(access, commitment) === "all")
    .flatMap((commitment) =>
      missedOccurrences(commitment, commitment.checkedIn, now).map((occurrence) => ({
        commitmentId: commitment.id,
        membershipId: commitment.membershipId,
        kind: commitment.kind,
        occurrence,
      })),
    )
    .sort((a, b) => b.occurrence.startsAt.getTime() - a.occurrence.startsAt.getTime());
}

const WithCheckInsRow = z.object({
  id: column.text,
  familyId: column.text,
  membershipId: column.text,
  kind: z.enum(commitmentKinds),
  words: column.text,
  slots: column.text,
  startDate: column.text,
  endDate: column.text.nullable(),
  status: z.enum(commitmentStatuses),
  statusReason: column.text.nullable(),
  familyAcceptedById: column.text.nullable(),
  practitionerAcceptedById: column.text.nullable(),
  activeSince: column.date.nullable(),
  revision: column.int,
  updatedById: column.text,
  updatedAt: column.date,
  occurrence: column.text.nullable(),
  outcome: z.enum(["DONE", "COULD_NOT"]).nullable(),
  keeperName: column.text,
});

export type CommitmentWithCheckIns = Commitment & {
  familyId: string;
  checkedIn: Set<string>;
  couldNot: Set<string>;
  keeperName: string;
};

/**
 * Commitments in some states with their keeper's name and recent check-ins, in ONE statement
 * (the family home has a budget of 8): a left join, one row per check-in.
 */
async function commitmentsWithCheckIns({
  familyId,
  statuses,
  now,
}: {
  familyId: string;
  statuses: CommitmentStatus[];
  now: Date;
}): Promise<CommitmentWithCheckIns[]> {
  return commitmentsWithCheckInsOf({ familyIds: [familyId], statuses, now });
}

/**
 * The same for several families at once, still one statement (the caseload reads all of a
 * social worker's families together).
 */
export async function commitmentsWithCheckInsOf({
  familyIds,
  statuses,
  now = new Date(),
}: {
  familyIds: string[];
  statuses: CommitmentStatus[];
  now?: Date;
}): Promise<CommitmentWithCheckIns[]> {
  if (familyIds.length === 0) return [];
  const since = ukParts(new Date(now.getTime() - 15 * 86_400_000)).date;
  const rows = await readRows(
    WithCheckInsRow,
    Prisma.sql`
    SELECT c."id", c."familyId", c."membershipId", c."kind", c."words", c."slots", c."startDate", c."endDate", c."status", c."statusReason",
      c."familyAcceptedById", c."practitionerAcceptedById", c."activeSince", c."revision", c."updatedById", c."updatedAt",
      k."occurrence", k."outcome", p."name" AS "keeperName"
    FROM "Commitment" c
    JOIN "Membership" m ON m."id" = c."membershipId"
    JOIN "Person" p ON p."id" = m."personId"
    LEFT JOIN "CommitmentCheckIn" k ON k."commitmentId" = c."id" AND k."occurrence" >= ${since}
    WHERE c."familyId" IN (${Prisma.join(familyIds)}) AND c."status" IN (${Prisma.join(statuses)})
    ORDER BY c."createdAt"`,
  );
  const byId = new Map<string, CommitmentWithCheckIns>();
  for (const row of rows) {
    let commitment = byId.get(row.id);
    if (!commitment) {
      const { keeperName, familyId, occurrence: _first, outcome: _outcome, ...fields } = row;
      commitment = {
        ...toCommitment(fields),
        familyId,
        checkedIn: new Set(),
        couldNot: new Set(),
        keeperName,
      };
      byId.set(row.id, commitment);
    }
    if (row.occurrence) commitment.checkedIn.add(row.occurrence);
    if (row.occurrence && row.outcome === "COULD_NOT") commitment.couldNot.add(row.occurrence);
  }
  return [...byId.values()];
}

/** Active commitments with their keeper's name and recent check-ins, in one statement. */
export function activeCommitmentsWithCheckIns({
  familyId,
  now = new Date(),
}: {
  familyId: string;
  now?: Date;
}) {
  return commitmentsWithCheckIns({ familyId, statuses: ["ACTIVE"], now });
}

/** For the family home, still one statement: the active commitments and the offers waiting for a yes. */
export function activeAndOfferedWithCheckIns({
  familyId,
  now = new Date(),
}: {
  familyId: string;
  now?: Date;
}) {
  return commitmentsWithCheckIns({ familyId, statuses: ["ACTIVE", "OFFERED"], now });
}

export type CouldNotCheckIn = {
  commitmentId: string;
  membershipId: string;
  kind: CommitmentKind;
  occurrence: string;
};

/** Recent "could not" check-ins this viewer should see (see checkInSight), newest first. */
export function couldNotFor(
  access: Pick<FamilyAccess, "role" | "membershipId">,
  commitments: CommitmentWithCheckIns[],
): CouldNotCheckIn[] {
  return commitments
    .filter((commitment) => checkInSight(access, commitment) === "all")
    .flatMap((commitment) =>
      [...commitment.couldNot].map((occurrence) => ({
        commitmentId: commitment.id,
        membershipId: commitment.membershipId,
        kind: commitment.kind,
        occurrence,
      })),
    )
    .sort((a, b) => b.occurrence.localeCompare(a.occurrence));
}
