import { describe, expect, it } from "vitest";

import {
  familyReportFor,
  saveFamilyReport,
  shareFamilyReport,
} from "~/modules/meetings/family-report.server";
import { FamilyReportSchema } from "~/modules/meetings/meetings.schema.server";
import { bookMeeting, cancelMeeting } from "~/modules/meetings/meetings.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { exactUkInstant } from "~/utils/uk-time";

import { createFamily, makeRequest } from "../../factories";

const accessOf = (family: Awaited<ReturnType<typeof createFamily>>, index: number): FamilyAccess => {
  const person = family.people[index];
  return {
    person: { id: person.id, name: person.name, language: "en", sessionId: "t" },
    familyId: family.id,
    membershipId: person.membershipId,
    role: person.role,
    familyName: family.name,
    organisationName: "x",
  };
};

async function setUp() {
  const family = await createFamily({
    members: [
      { role: "PRACTITIONER" },
      { role: "PARENT" },
      { role: "KINSHIP_CARER" },
      { role: "NETWORK_MEMBER" },
      { role: "PARENT", name: "Not invited" },
    ],
  });
  const [worker, mum, gran, aunt, dad] = [0, 1, 2, 3, 4].map((index) => accessOf(family, index)) as [
    FamilyAccess,
    FamilyAccess,
    FamilyAccess,
    FamilyAccess,
    FamilyAccess,
  ];
  const starts = exactUkInstant("2027-01-12", "10:00");
  const ends = exactUkInstant("2027-01-12", "11:00");
  if (!starts.ok || !ends.ok) throw new Error("bad test time");
  const booked = await bookMeeting({
    access: worker,
    input: {
      kind: "REVIEW_CONFERENCE",
      startsAt: starts.instant,
      endsAt: ends.instant,
      place: "Room 2",
      onlineLink: "",
    },
    invitees: [mum.person.id, gran.person.id, aunt.person.id],
  });
  if (!booked.ok) throw new Error("not booked");
  return { worker, mum, gran, aunt, dad, meetingId: booked.meetingId };
}

const request = () => makeRequest("/families/x/meetings/y", { method: "POST" });

describe("our report", () => {
  it("keeps every save as a version, with who wrote it, and audits each save", async () => {
    const { mum, gran, meetingId } = await setUp();
    expect(
      await saveFamilyReport({
        request: request(),
        access: mum,
        meetingId,
        wentWell: "School every day",
        wantKnown: "",
      }),
    ).toBe(true);
    expect(
      await saveFamilyReport({
        request: request(),
        access: gran,
        meetingId,
        wentWell: "School every day",
        wantKnown: "We need help at weekends",
      }),
    ).toBe(true);
    const report = await familyReportFor({ access: mum, meetingId });
    expect(report?.latest).toMatchObject({
      version: 2,
      wantKnown: "We need help at weekends",
      writtenById: gran.person.id,
    });
    expect(report?.versions.map((version) => [version.version, version.writtenById])).toEqual([
      [2, gran.person.id],
      [1, mum.person.id],
    ]);
    expect(report?.shared).toBeNull();
    const audits = await db.auditEvent.findMany({
      where: { familyId: mum.familyId, action: "meeting.report.save" },
      select: { actorId: true },
    });
    expect(audits.map((row) => row.actorId).sort()).toEqual([mum.person.id, gran.person.id].sort());
  });

  it("stays private to parents and carers until one of them shares it; then the social worker sees it", async () => {
    const { worker, mum, aunt, dad, meetingId } = await setUp();
    await saveFamilyReport({
      request: request(),
      access: mum,
      meetingId,
      wentWell: "Calmer mornings",
      wantKnown: "",
    });
    expect(await familyReportFor({ access: worker, meetingId })).toBeNull();
    // Network members add their words as notes, not in the family's report.
    expect(await familyReportFor({ access: aunt, meetingId })).toBeNull();
    // A parent who is not invited to this meeting does not see it.
    expect(await familyReportFor({ access: dad, meetingId })).toBeNull();

    expect(await shareFamilyReport({ request: request(), access: aunt, meetingId })).toBe(false);
    expect(await shareFamilyReport({ request: request(), access: mum, meetingId })).toBe(true);
    // Sharing twice keeps the first date.
    expect(await shareFamilyReport({ request: request(), access: mum, meetingId })).toBe(true);
    const seen = await familyReportFor({ access: worker, meetingId });
    expect(seen?.latest?.wentWell).toBe("Calmer mornings");
    expect(seen?.shared?.sharedById).toBe(mum.person.id);
    expect(await db.meetingFamilyReportShare.count({ where: { meetingId } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { familyId: mum.familyId, action: "meeting.report.share", outcome: "ok" },
      }),
    ).toBe(2);
  });

  it("is refused to those who may not write it, before anything is written, and on a cancelled meeting", async () => {
    const { worker, mum, aunt, dad, meetingId } = await setUp();
    expect(await shareFamilyReport({ request: request(), access: mum, meetingId })).toBe(false);
    for (const who of [worker, aunt, dad]) {
      expect(
        await saveFamilyReport({ request: request(), access: who, meetingId, wentWell: "x", wantKnown: "" }),
      ).toBe(false);
    }
    await cancelMeeting({ access: worker, meetingId, sequence: 0 });
    expect(
      await saveFamilyReport({ request: request(), access: mum, meetingId, wentWell: "x", wantKnown: "" }),
    ).toBe(false);
    expect(await db.meetingFamilyReport.count({ where: { meetingId } })).toBe(0);
  });

  it("needs words in at least one part", () => {
    expect(FamilyReportSchema.safeParse({ wentWell: "  ", wantKnown: "" }).success).toBe(false);
    expect(FamilyReportSchema.safeParse({ wentWell: "", wantKnown: "Help at weekends" }).success).toBe(true);
    expect(FamilyReportSchema.safeParse({ wentWell: "a".repeat(4001), wantKnown: "" }).success).toBe(false);
  });
});
