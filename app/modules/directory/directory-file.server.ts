// Import and export of an organisation's directory as Open Referral UK JSON
// (`{ "contents": [service, …] }`, services ordered by id). An import is checked whole before
// anything is written, and written in one transaction: a bad file changes nothing.
import { z } from "zod";

import { db } from "~/utils/db.server";
import { keyOfIssue } from "~/utils/forms.server";

import { createEntry, readService, updateEntry } from "./directory.server";
import { DirectoryFileSchema, ServiceSchema, type Service } from "./oruk";

/** The import form: the file's text, pasted or loaded into the box. */
export const ImportFormSchema = z.object({ json: z.string().optional().default("") });

export type ImportProblem = { number: number | null; id: string | null; field: string; message: string };
export type ImportResult =
  | { ok: true; created: number; updated: number; unchanged: number }
  | { ok: false; problems: ImportProblem[] };

const MAX_PROBLEMS = 10;

/** Checks a whole file; returns the services, or the first problems with the entry and field at fault. */
export function checkDirectoryFile(
  text: string,
): { ok: true; services: Service[] } | { ok: false; problems: ImportProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ number: null, id: null, field: "", message: "errors.badJson" }] };
  }
  const file = DirectoryFileSchema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0];
    return {
      ok: false,
      problems: [
        {
          number: null,
          id: null,
          field: issue.path.join(".") || "contents",
          message: keyOfIssue(issue.message, { fallback: "errors.invalid" }),
        },
      ],
    };
  }
  const services: Service[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  file.data.contents.forEach((raw, index) => {
    const rawId = typeof raw === "object" && raw && "id" in raw && typeof raw.id === "string" ? raw.id : null;
    const parsed = ServiceSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          number: index + 1,
          id: rawId,
          field: issue.path.join(".") || "(service)",
          message: keyOfIssue(issue.message, { fallback: "errors.invalid" }),
        });
      }
      return;
    }
    if (seen.has(parsed.data.id))
      problems.push({ number: index + 1, id: parsed.data.id, field: "id", message: "errors.taken" });
    seen.add(parsed.data.id);
    services.push(parsed.data);
  });
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, services };
}

/** Loads a file into one organisation's directory: new ids are added, known ids get a new version. */
export async function importDirectory({
  organisationId,
  text,
  personId,
}: {
  organisationId: string;
  text: string;
  personId: string;
}): Promise<ImportResult> {
  const checked = checkDirectoryFile(text);
  if (!checked.ok) return checked;
  return db.$transaction(async (tx) => {
    const existing = await tx.directoryEntry.findMany({
      where: { organisationId },
      select: { id: true, serviceId: true, revision: true, data: true },
    });
    const byServiceId = new Map(existing.map((row) => [row.serviceId, row]));
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (const service of checked.services) {
      const row = byServiceId.get(service.id);
      if (!row) {
        await createEntry(tx, { organisationId, service, personId, change: "imported" });
        created += 1;
      } else if (JSON.stringify(readService(row.data)) === JSON.stringify(service)) {
        unchanged += 1;
      } else {
        const saved = await updateEntry(tx, {
          entryId: row.id,
          revision: row.revision,
          service,
          personId,
          change: "imported",
        });
        // Someone saved this entry during the import: undo the whole import rather than lose their edit.
        if (!saved.ok) throw new ImportConflict();
        updated += 1;
      }
    }
    return { ok: true as const, created, updated, unchanged };
  });
}

export class ImportConflict extends Error {}

/** One organisation's directory as Open Referral UK JSON, services ordered by id. */
export async function exportDirectory(organisationId: string): Promise<string> {
  const rows = await db.directoryEntry.findMany({
    where: { organisationId },
    select: { serviceId: true, data: true },
  });
  // Sorted here, not by the database: PostgreSQL's collation would order "a-b" and "ab" differently.
  rows.sort((a, b) => (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0));
  return `${JSON.stringify({ contents: rows.map((row) => readService(row.data)) }, null, 2)}\n`;
}
