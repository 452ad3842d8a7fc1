import { describe, expect, it } from "vitest";

import { attachPaperFile } from "~/modules/meetings/paper-files.server";
import { loader } from "~/routes/families.$familyId.meetings.$meetingId.papers.$paperId.file";
import { db } from "~/utils/db.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";

async function setUp() {
  const family = await createFamily({
    members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "PARENT", name: "Not invited" }],
  });
  const [worker, mum, dad] = family.people.map((person) => accessOf(family, person));
  const meeting = await db.meeting.create({
    data: {
      familyId: family.id,
      kind: "CORE_GROUP",
      startsAt: new Date(Date.now() + 5 * 86_400_000),
      endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000),
      calendarUid: `${crypto.randomUUID()}@test`,
      createdById: worker.person.id,
      invites: { create: [{ personId: mum.person.id }, { personId: worker.person.id }] },
    },
    select: { id: true },
  });
  const paper = await db.meetingPaper.create({
    data: {
      meetingId: meeting.id,
      kind: "REPORT",
      title: "Report",
      dueOn: "2027-01-07",
      createdById: worker.person.id,
    },
    select: { id: true },
  });
  const attached = await attachPaperFile({
    request: makeRequest("/setup", { method: "POST" }),
    access: worker,
    meetingId: meeting.id,
    paperId: paper.id,
    file: new File(["%PDF-1.7\nthe report\n%%EOF"], "report.pdf", { type: "application/pdf" }),
    summary: "What the report says",
  });
  expect(attached.ok).toBe(true);
  return { family, worker, mum, dad, meetingId: meeting.id, paperId: paper.id };
}

async function download(personId: string, familyId: string, meetingId: string, paperId: string) {
  const path = `/families/${familyId}/meetings/${meetingId}/papers/${paperId}/file`;
  try {
    return await loader({
      request: makeRequest(path, { cookie: await cookieFor(personId) }),
      params: { familyId, meetingId, paperId },
      context: {},
    });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("the paper download route", () => {
  it("sends an invited member the PDF as an attachment that is not kept or sniffed", async () => {
    const { family, mum, meetingId, paperId } = await setUp();
    const response = await download(mum.person.id, family.id, meetingId, paperId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="meeting-paper.pdf"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await response.text()).toContain("the report");
  });

  it("is 404 for a member not invited to the meeting", async () => {
    const { family, dad, meetingId, paperId } = await setUp();
    const response = await download(dad.person.id, family.id, meetingId, paperId);
    expect(response.status).toBe(404);
  });

  it("is 404 for another family's paper, through the other family or through one's own", async () => {
    const target = await setUp();
    const outsider = await setUp();
    const direct = await download(
      outsider.worker.person.id,
      target.family.id,
      target.meetingId,
      target.paperId,
    );
    expect(direct.status).toBe(404);
    const throughOwn = await download(
      outsider.worker.person.id,
      outsider.family.id,
      target.meetingId,
      target.paperId,
    );
    expect(throughOwn.status).toBe(404);
    const mixed = await download(
      outsider.mum.person.id,
      outsider.family.id,
      outsider.meetingId,
      target.paperId,
    );
    expect(mixed.status).toBe(404);
  });
});
