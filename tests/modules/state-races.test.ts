// State changes sent at the same moment. Each must be one conditional write on the revision AND
// the state it leaves, so a change made from a stale view can never undo one that landed.
// Most telling on PostgreSQL (TEST_DATABASE_URL), where requests really run side by side.
import { afterEach, describe, expect, it, vi } from "vitest";

import { acceptCommitment, changeStatus, offerCommitment } from "~/modules/commitments/commitments.server";
import { bookMeeting, cancelMeeting, moveMeeting, reply } from "~/modules/meetings/meetings.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { FamilyRole } from "~/modules/permissions/matrix";
import { db, getDb } from "~/utils/db.server";
import { addDays, ukParts } from "~/utils/uk-time";

import { createFamily, makeRequest } from "../factories";

const ROUNDS = 16;

function accessOf(
  familyId: string,
  person: { id: string; membershipId: string; role: FamilyRole },
): FamilyAccess {
  return {
    person: { id: person.id, name: "x", language: "en", sessionId: "test" },
    familyId,
    membershipId: person.membershipId,
    role: person.role,
    familyName: "x",
    organisationName: "x",
  };
}

async function setUp() {
  const family = await createFamily({
    members: [
      { role: "NETWORK_MEMBER", name: "Aunt Amy" },
      { role: "PARENT", name: "Mum Jade" },
      { role: "PRACTITIONER", name: "Worker Grace" },
    ],
  });
  const [aunt, mum, worker] = family.people.map((person) => accessOf(family.id, person));
  return { family, aunt, mum, worker };
}

const request = () => makeRequest("/families/x/commitments/y", { method: "POST" });
const revisionOf = async (id: string) =>
  (await db.commitment.findUniqueOrThrow({ where: { id }, select: { revision: true } })).revision;

describe("commitment state changes at the same moment", () => {
  it("the social worker's end and the keeper's resume: an ended promise never comes back", async () => {
    const { aunt, mum, worker } = await setUp();
    const today = ukParts(new Date()).date;
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await offerCommitment({
        access: aunt,
        input: {
          kind: "VISITS",
          words: "",
          slots: [{ day: 2, start: "18:00", end: "20:00" }],
          startDate: addDays(today, -3),
          endDate: null,
        },
        request: request(),
      });
      expect(
        (await acceptCommitment({ access: mum, id, revision: await revisionOf(id), request: request() })).ok,
      ).toBe(true);
      expect(
        (await acceptCommitment({ access: worker, id, revision: await revisionOf(id), request: request() }))
          .ok,
      ).toBe(true);
      expect(
        (
          await changeStatus({
            access: aunt,
            id,
            revision: await revisionOf(id),
            to: "pause",
            reason: "Away",
            request: request(),
          })
        ).ok,
      ).toBe(true);

      // Each page was read just before its button was pressed: the keeper's may be read after
      // the end landed (then it is told), or before (then only one of the two may land).
      const [ended, resumed] = await Promise.all([
        revisionOf(id).then((revision) =>
          changeStatus({
            access: worker,
            id,
            revision,
            to: "end",
            reason: "Agreed at the core group",
            request: request(),
          }),
        ),
        revisionOf(id).then((revision) =>
          changeStatus({ access: aunt, id, revision, to: "resume", reason: "", request: request() }),
        ),
      ]);
      const row = await db.commitment.findUniqueOrThrow({
        where: { id },
        select: { status: true, revision: true },
      });
      const changes = (
        await db.commitmentVersion.findMany({
          where: { commitmentId: id },
          orderBy: { revision: "asc" },
          select: { change: true, status: true },
        })
      ).map((version) => version.change);
      if (ended.ok) expect(row.status).toBe("ENDED");
      if (resumed.ok && !ended.ok) expect(row.status).toBe("ACTIVE");
      expect(ended.ok || resumed.ok).toBe(true);
      // Nothing comes after an end, and the history agrees with the row.
      expect(changes.slice(changes.indexOf("ended") + 1).filter(() => changes.includes("ended"))).toEqual([]);
      expect(changes.length).toBe(row.revision);
    }
  }, 120_000);
});

describe("meeting state changes at the same moment", () => {
  it("a cancel and a move or reply: a cancelled meeting is never moved, and no reply lands after the cancel", async () => {
    const { mum, worker } = await setUp();
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    for (let round = 0; round < ROUNDS; round += 1) {
      const booked = await bookMeeting({
        access: worker,
        input: {
          kind: "CORE_GROUP",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          place: "Town hall",
          onlineLink: "",
        },
        invitees: [mum.person.id, worker.person.id],
      });
      if (!booked.ok) throw new Error("not booked");
      const meetingId = booked.meetingId;
      const sequence = async () =>
        (await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { sequence: true } }))
          .sequence;
      const [cancelled, moved, replied] = await Promise.all([
        sequence().then((seen) => cancelMeeting({ access: worker, meetingId, sequence: seen })),
        sequence().then((seen) =>
          moveMeeting({
            access: worker,
            meetingId,
            sequence: seen,
            input: {
              startsAt: new Date(startsAt.getTime() + 86_400_000),
              endsAt: new Date(startsAt.getTime() + 90_000_000),
              place: "Library",
              onlineLink: "",
            },
          }),
        ),
        reply({ access: mum, meetingId, answer: "COMING" }),
      ]);
      const meeting = await db.meeting.findUniqueOrThrow({
        where: { id: meetingId },
        select: { status: true, place: true, sequence: true },
      });
      const changes = await db.meetingChange.findMany({
        where: { meetingId },
        orderBy: { at: "asc" },
        select: { what: true, at: true },
      });
      expect(cancelled.ok || moved.ok).toBe(true);
      if (cancelled.ok) expect(meeting.status).toBe("CANCELLED");
      expect(changes.length).toBe(meeting.sequence + 1);
      const cancelledAt = changes.find((change) => change.what === "CANCELLED")?.at;
      const replies = await db.meetingReply.findMany({ where: { meetingId }, select: { at: true } });
      expect(replies.length).toBe(replied ? 1 : 0);
      if (cancelledAt)
        for (const answer of replies) expect(answer.at.getTime()).toBeLessThanOrEqual(cancelledAt.getTime());
    }
  }, 120_000);
});

describe("a change that lands between a check and a write", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a cancel that lands just after a reply checked the meeting refuses the reply", async () => {
    const { mum, worker } = await setUp();
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const booked = await bookMeeting({
      access: worker,
      input: {
        kind: "CORE_GROUP",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Town hall",
        onlineLink: "",
      },
      invitees: [mum.person.id, worker.person.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const { meetingId } = booked;
    // The reply's first look at the meeting sees it going ahead; the cancel lands right after.
    const meetings = getDb().meeting;
    const read = meetings.findFirst.bind(meetings) as (args: unknown) => Promise<unknown>;
    vi.spyOn(meetings, "findFirst").mockImplementationOnce((async (args: unknown) => {
      const seen = await read(args);
      expect((await cancelMeeting({ access: worker, meetingId, sequence: 0 })).ok).toBe(true);
      return seen;
    }) as never);
    expect(await reply({ access: mum, meetingId, answer: "COMING" })).toBe(false);
    expect(await db.meetingReply.count({ where: { meetingId } })).toBe(0);
  });
});
