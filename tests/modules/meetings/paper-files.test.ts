import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  attachPaperFile,
  checkPaperFile,
  downloadPaperFile,
  MAX_PAPER_BYTES,
  paperFileHistory,
} from "~/modules/meetings/paper-files.server";
import { db } from "~/utils/db.server";

import { accessOf, createFamily, makeRequest } from "../../factories";

const pdf = (text = "hello", name = "report.pdf", type = "application/pdf") =>
  new File([`%PDF-1.7\n${text}\n%%EOF`], name, { type });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "papers-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setUp() {
  const family = await createFamily({
    members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "PARENT", name: "Not invited" }],
  });
  const [worker, mum, dad] = family.people.map((person) => accessOf(family, person));
  const meeting = await db.meeting.create({
    data: {
      familyId: family.id,
      kind: "CORE_GROUP",
      startsAt: new Date("2027-01-12T10:00:00Z"),
      endsAt: new Date("2027-01-12T11:00:00Z"),
      calendarUid: `${crypto.randomUUID()}@test`,
      createdById: worker.person.id,
      invites: { create: [{ personId: mum.person.id }] },
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

const request = () => makeRequest("/papers", { method: "POST" });

describe("checking a paper upload", () => {
  it("accepts a PDF by its content", async () => {
    expect(await checkPaperFile(pdf())).toBeNull();
  });

  it("refuses a script renamed .pdf", async () => {
    const script = new File(["<script>alert(1)</script>"], "report.pdf", { type: "application/pdf" });
    expect(await checkPaperFile(script)).toBe("papers.upload.notPdf");
  });

  it("refuses the wrong content type, even with PDF content", async () => {
    expect(await checkPaperFile(pdf("x", "report.pdf", "text/html"))).toBe("papers.upload.notPdf");
    expect(await checkPaperFile(pdf("x", "report.html"))).toBe("papers.upload.notPdf");
  });

  it("refuses a file over the size limit and an empty one", async () => {
    const big = new File(["%PDF-", new Uint8Array(MAX_PAPER_BYTES)], "big.pdf", { type: "application/pdf" });
    expect(await checkPaperFile(big)).toBe("papers.upload.tooBig");
    expect(await checkPaperFile(new File([], "empty.pdf", { type: "application/pdf" }))).toBe(
      "papers.upload.empty",
    );
  });
});

describe("attaching and downloading a paper", () => {
  it("keeps the file under a random name outside the web root, and writes nothing when refused", async () => {
    const { worker, meetingId, paperId } = await setUp();
    const refused = await attachPaperFile({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      file: new File(["#!/bin/sh"], "report.pdf", { type: "application/pdf" }),
      summary: "What the report says",
      dir,
    });
    expect(refused).toEqual({ ok: false, problem: "papers.upload.notPdf" });
    expect(await readdir(dir)).toEqual([]);

    const kept = await attachPaperFile({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      file: pdf(),
      summary: "What the report says",
      dir,
    });
    expect(kept.ok).toBe(true);
    const names = await readdir(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(await readFile(path.join(dir, names[0]), "utf8")).toContain("%PDF-1.7");
    const audit = await db.auditEvent.findMany({
      where: { action: "meeting.paper.upload", actorId: worker.person.id },
      select: { outcome: true },
      orderBy: { at: "asc" },
    });
    expect(audit.map((row) => row.outcome)).toEqual(["denied", "ok"]);
  });

  it("keeps earlier uploads as history, newest first, with who and when", async () => {
    const { worker, meetingId, paperId } = await setUp();
    for (const summary of ["First", "Second"]) {
      await attachPaperFile({
        request: request(),
        access: worker,
        meetingId,
        paperId,
        file: pdf(summary),
        summary,
        dir,
      });
    }
    const history = await paperFileHistory(worker, meetingId, paperId);
    expect(history?.map((row) => row.summary)).toEqual(["Second", "First"]);
    expect(history?.every((row) => row.uploadedById === worker.person.id)).toBe(true);
  });

  it("sends the newest file as an attachment that is never kept or sniffed", async () => {
    const { worker, mum, meetingId, paperId } = await setUp();
    await attachPaperFile({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      file: pdf("old"),
      summary: "a",
      dir,
    });
    await attachPaperFile({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      file: pdf("new"),
      summary: "b",
      dir,
    });
    const response = await downloadPaperFile({
      request: request(),
      access: mum,
      meetingId,
      paperId,

      dir,
    });
    expect(response?.status).toBe(200);
    expect(response?.headers.get("Content-Type")).toBe("application/pdf");
    expect(response?.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expect(response?.headers.get("Cache-Control")).toBe("no-store");
    expect(response?.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await response?.text()).toContain("new");
  });

  it("finds nothing for a member not invited, or for another family", async () => {
    const { worker, dad, meetingId, paperId } = await setUp();
    await attachPaperFile({
      request: request(),
      access: worker,
      meetingId,
      paperId,
      file: pdf(),
      summary: "a",
      dir,
    });
    expect(
      await downloadPaperFile({
        request: request(),
        access: dad,
        meetingId,
        paperId,

        dir,
      }),
    ).toBeNull();

    const other = await setUp();
    expect(
      await downloadPaperFile({
        request: request(),
        access: other.worker,
        meetingId,
        paperId,

        dir,
      }),
    ).toBeNull();
    expect(
      await attachPaperFile({
        request: request(),
        access: other.worker,
        meetingId,
        paperId,
        file: pdf(),
        summary: "x",
        dir,
      }),
    ).toEqual({ ok: false, problem: "notFound" });
    expect(await paperFileHistory(other.worker, meetingId, paperId)).toBeNull();
  });
});
