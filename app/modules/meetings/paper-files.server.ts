// PDF papers for a meeting: the social worker uploads one with a plain summary; invited members
// download it. Files are kept outside the web root under random names and only ever sent as an
// attachment through the guarded download route (docs/decisions/2026-12-05-meeting-paper-uploads.md).
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";

import { recordAudit } from "~/modules/audit/audit.server";
import { visibleWhere } from "~/modules/meetings/meetings.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

/** The largest PDF the app keeps. */
export const MAX_PAPER_BYTES = 10 * 1024 * 1024;

/** The most an upload post may be: the PDF and room for the summary and the form's own parts. */
export const MAX_PAPER_POST_BYTES = MAX_PAPER_BYTES + 64 * 1024;

const PDF_MAGIC = "%PDF-";

export type PaperFileProblem = "papers.upload.empty" | "papers.upload.tooBig" | "papers.upload.notPdf";

/**
 * Checks an upload before anything is written. The browser's type and the name must say PDF, and
 * the content must start with "%PDF-": a script renamed .pdf is refused.
 */
export async function checkPaperFile(file: File): Promise<PaperFileProblem | null> {
  if (file.size === 0) return "papers.upload.empty";
  if (file.size > MAX_PAPER_BYTES) return "papers.upload.tooBig";
  if (file.type !== "application/pdf") return "papers.upload.notPdf";
  if (!file.name.toLowerCase().endsWith(".pdf")) return "papers.upload.notPdf";
  const head = new Uint8Array(await file.slice(0, PDF_MAGIC.length).arrayBuffer());
  if (new TextDecoder("latin1").decode(head) !== PDF_MAGIC) return "papers.upload.notPdf";
  return null;
}

function papersDir(dir?: string) {
  return path.resolve(dir ?? getEnv().PAPERS_DIR);
}

/** A stored name is 32 hex characters, nothing else: no path can be built from user input. */
function storedPath(dir: string, storedName: string) {
  if (!/^[0-9a-f]{32}$/.test(storedName)) throw new Error("Bad stored paper name");
  return path.join(dir, storedName);
}

/** A paper of a meeting in this family, or null (another family's paper is not found). */
async function familyPaper(access: FamilyAccess, meetingId: string, paperId: string) {
  return db.meetingPaper.findFirst({
    where: { id: paperId, meetingId, meeting: { familyId: access.familyId } },
    select: { id: true },
  });
}

/**
 * Keeps an uploaded PDF for a paper. Each upload is a new row, so earlier files stay as history
 * (who and when). The caller has checked the social worker may attach papers.
 */
export async function attachPaperFile({
  request,
  access,
  meetingId,
  paperId,
  file,
  summary,
  dir,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  file: File;
  summary: string;
  dir?: string;
}): Promise<{ ok: true; fileId: string } | { ok: false; problem: PaperFileProblem | "notFound" }> {
  const paper = await familyPaper(access, meetingId, paperId);
  if (!paper) return { ok: false, problem: "notFound" };
  const problem = await checkPaperFile(file);
  if (problem) {
    await recordAudit({
      request,
      action: "meeting.paper.upload",
      actorId: access.person.id,
      role: access.role,
      familyId: access.familyId,
      entity: "MeetingPaper",
      entityId: paperId,
      outcome: "denied",
    });
    return { ok: false, problem };
  }
  const folder = papersDir(dir);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const storedName = randomBytes(16).toString("hex");
  await writeFile(storedPath(folder, storedName), new Uint8Array(await file.arrayBuffer()), {
    mode: 0o600,
    flag: "wx",
  });
  const row = await db.meetingPaperFile.create({
    data: { paperId, storedName, bytes: file.size, summary, uploadedById: access.person.id },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "meeting.paper.upload",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "MeetingPaperFile",
    entityId: row.id,
  });
  return { ok: true, fileId: row.id };
}

/** The paper a file is being attached to, as the upload page names it, or null when not this family's. */
export async function paperToAttach(access: FamilyAccess, meetingId: string, paperId: string) {
  return db.meetingPaper.findFirst({
    where: { id: paperId, meetingId, meeting: { familyId: access.familyId } },
    select: { id: true, kind: true, title: true, meeting: { select: { kind: true, status: true } } },
  });
}

export type PaperUpload =
  { ok: true; file: File | null; summary: string } | { ok: false; problem: "papers.upload.tooBig" };

/**
 * Reads the upload form. The declared size is checked before a byte of the body is read; then
 * the multipart body is read into memory with every part capped, so a post that lies about its
 * size is still stopped at the limit. A post without a size, or that is not a multipart form,
 * is refused outright (only a hand-made post is).
 */
export async function readPaperUpload(request: Request): Promise<PaperUpload> {
  const declared = request.headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared)) throw new Response(null, { status: 411 });
  if (Number(declared) > MAX_PAPER_POST_BYTES) return { ok: false, problem: "papers.upload.tooBig" };
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    throw new Response(null, { status: 415 });
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_PAPER_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, problem: "papers.upload.tooBig" };
    throw error;
  }
  const file = form.get("file");
  const summary = form.get("summary");
  return {
    ok: true,
    file: typeof file === "object" && file !== null ? file : null,
    summary: typeof summary === "string" ? summary : "",
  };
}

/** Every upload for a paper, newest first: the first is the paper's file, the rest its history. */
export async function paperFileHistory(access: FamilyAccess, meetingId: string, paperId: string) {
  if (!(await familyPaper(access, meetingId, paperId))) return null;
  return db.meetingPaperFile.findMany({
    where: { paperId },
    orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    select: { id: true, bytes: true, summary: true, uploadedById: true, uploadedAt: true },
  });
}

/** The headers every paper download carries: always an attachment, never kept, never sniffed. */
export function paperDownloadHeaders(bytes: number): Headers {
  return new Headers({
    "Content-Type": "application/pdf",
    "Content-Length": String(bytes),
    "Content-Disposition": 'attachment; filename="meeting-paper.pdf"',
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}

/**
 * The newest file of a paper as a download, or null when the paper is not this family's, the
 * meeting is not one this person is invited to (the social worker sees every meeting of the
 * family, like the meetings list), or there is no file. The route's guard has already checked
 * the person may see meetings at all (an adviser only when the family shares meetings).
 */
export async function downloadPaperFile({
  request,
  access,
  meetingId,
  paperId,
  dir,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  dir?: string;
}): Promise<Response | null> {
  const row = await db.meetingPaperFile.findFirst({
    where: { paperId, paper: { meetingId, meeting: visibleWhere(access) } },
    orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    select: { id: true, storedName: true },
  });
  if (!row) return null;
  const body = await readFile(storedPath(papersDir(dir), row.storedName));
  await recordAudit({
    request,
    action: "meeting.paper.download",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "MeetingPaperFile",
    entityId: row.id,
  });
  return new Response(new Uint8Array(body), { status: 200, headers: paperDownloadHeaders(body.length) });
}

/** The stored names of every PDF a family's meetings hold (for the family's deletion). */
export async function familyPaperFileNames(familyId: string): Promise<string[]> {
  const rows = await db.meetingPaperFile.findMany({
    where: { paper: { meeting: { familyId } } },
    select: { storedName: true },
  });
  return rows.map((row) => row.storedName);
}

/** Removes stored PDFs from disk, once the rows that named them are gone. */
export async function removePaperFiles(storedNames: string[], dir?: string): Promise<void> {
  const folder = papersDir(dir);
  for (const storedName of storedNames) await rm(storedPath(folder, storedName), { force: true });
}
