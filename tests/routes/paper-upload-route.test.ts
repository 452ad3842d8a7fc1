import { describe, expect, it } from "vitest";

import { MAX_PAPER_POST_BYTES } from "~/modules/meetings/paper-files.server";
import { loader as meetingLoader } from "~/routes/families.$familyId.meetings.$meetingId._index";
import { action, loader } from "~/routes/families.$familyId.meetings.$meetingId.papers.$paperId.upload";
import { db } from "~/utils/db.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";

const PDF = "%PDF-1.4\nthe report\n%%EOF\n";

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
  return { family, worker, mum, dad, meetingId: meeting.id, paperId: paper.id };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

/** A multipart post as a browser sends it: with its Content-Length. */
async function uploadRequest(
  path: string,
  cookie: string,
  { file, summary }: { file?: File; summary: string },
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.set("summary", summary);
  if (file) form.set("file", file);
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request(`http://localhost${path}`, {
    method: "POST",
    body,
    headers: {
      Cookie: cookie,
      "Content-Type": encoded.headers.get("content-type")!,
      "Content-Length": String(body.byteLength),
      ...headers,
    },
  });
}

async function post(
  setup: Setup,
  personId: string,
  input: { file?: File; summary: string },
  headers: Record<string, string> = {},
) {
  const { family, meetingId, paperId } = setup;
  const path = `/families/${family.id}/meetings/${meetingId}/papers/${paperId}/upload`;
  try {
    return (await action({
      request: await uploadRequest(path, await cookieFor(personId), input, headers),
      params: { familyId: family.id, meetingId, paperId },
      context: {},
    })) as unknown as Response | { data: unknown; init: { status?: number } | null };
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    if (typeof thrown === "object" && thrown !== null && "init" in thrown)
      return thrown as { data: unknown; init: { status?: number } | null };
    throw thrown;
  }
}

function statusOf(result: Response | { init: { status?: number } | null }) {
  return result instanceof Response ? result.status : (result.init?.status ?? 200);
}

const pdfFile = () => new File([PDF], "report.pdf", { type: "application/pdf" });

describe("the paper upload route", () => {
  it("keeps the social worker's PDF and summary, and the invited parent's meeting page shows them", async () => {
    const setup = await setUp();
    const result = await post(setup, setup.worker.person.id, {
      file: pdfFile(),
      summary: "  What the report says  ",
    });
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toBe(
      `/families/${setup.family.id}/meetings/${setup.meetingId}?done=file#papers`,
    );
    const rows = await db.meetingPaperFile.findMany({ where: { paperId: setup.paperId } });
    expect(rows.map((row) => [row.summary, row.bytes])).toEqual([["What the report says", PDF.length]]);

    const path = `/families/${setup.family.id}/meetings/${setup.meetingId}`;
    const view = await meetingLoader({
      request: makeRequest(path, { cookie: await cookieFor(setup.mum.person.id) }),
      params: { familyId: setup.family.id, meetingId: setup.meetingId },
      context: {},
    });
    expect(view.papers[0]!.file).toMatchObject({ summary: "What the report says", kb: 1 });
    expect(view.papers[0]!.file!.by).not.toBe("");
  });

  it("refuses script text named report.pdf, keeping the summary, and keeps nothing", async () => {
    const setup = await setUp();
    const result = await post(setup, setup.worker.person.id, {
      file: new File(["<script>alert(1)</script>"], "report.pdf", { type: "application/pdf" }),
      summary: "What the report says",
    });
    expect(statusOf(result)).toBe(400);
    const reply = (result as { data: { error: Record<string, string[]>; initialValue: unknown } }).data;
    expect(reply.error.file).toEqual(["meetings:papers.upload.notPdf"]);
    expect(reply.initialValue).toEqual({ summary: "What the report says" });
    expect(await db.meetingPaperFile.count({ where: { paperId: setup.paperId } })).toBe(0);
  });

  it("asks for the summary and for a file", async () => {
    const setup = await setUp();
    const result = await post(setup, setup.worker.person.id, { summary: "  " });
    expect(statusOf(result)).toBe(400);
    const reply = (result as { data: { error: Record<string, string[]> } }).data;
    expect(reply.error.summary).toEqual(["meetings:papers.upload.summaryRequired"]);
    expect(reply.error.file).toEqual(["meetings:papers.upload.empty"]);
  });

  it("refuses a post declared too big before reading it", async () => {
    const setup = await setUp();
    const result = await post(
      setup,
      setup.worker.person.id,
      { file: pdfFile(), summary: "What the report says" },
      { "Content-Length": String(MAX_PAPER_POST_BYTES + 1) },
    );
    expect(statusOf(result)).toBe(413);
    const reply = (result as { data: { error: Record<string, string[]> } }).data;
    expect(reply.error.file).toEqual(["meetings:papers.upload.tooBig"]);
    expect(await db.meetingPaperFile.count({ where: { paperId: setup.paperId } })).toBe(0);
  });

  it("is the social worker's alone: a parent is refused, another family's worker finds nothing", async () => {
    const setup = await setUp();
    const other = await setUp();
    expect(statusOf(await post(setup, setup.mum.person.id, { file: pdfFile(), summary: "x" }))).toBe(403);
    expect(statusOf(await post(setup, other.worker.person.id, { file: pdfFile(), summary: "x" }))).toBe(404);
    // Another family's paper through one's own family and meeting: not found either.
    const mixed = { ...other, paperId: setup.paperId };
    expect(statusOf(await post(mixed, other.worker.person.id, { file: pdfFile(), summary: "x" }))).toBe(404);
    expect(await db.meetingPaperFile.count({ where: { paperId: setup.paperId } })).toBe(0);
    const path = `/families/${setup.family.id}/meetings/${setup.meetingId}/papers/${setup.paperId}/upload`;
    await expect(
      loader({
        request: makeRequest(path, { cookie: await cookieFor(setup.mum.person.id) }),
        params: { familyId: setup.family.id, meetingId: setup.meetingId, paperId: setup.paperId },
        context: {},
      }),
    ).rejects.toMatchObject({ init: { status: 403 } });
  });

  it("does not show the file to a member not invited to the meeting", async () => {
    const setup = await setUp();
    await post(setup, setup.worker.person.id, { file: pdfFile(), summary: "What the report says" });
    // The uninvited parent cannot open the meeting at all; the view rule is the download's rule.
    const path = `/families/${setup.family.id}/meetings/${setup.meetingId}`;
    await expect(
      meetingLoader({
        request: makeRequest(path, { cookie: await cookieFor(setup.dad.person.id) }),
        params: { familyId: setup.family.id, meetingId: setup.meetingId },
        context: {},
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
