// Create forms save once. The server renders every page with a fresh random key (root loader),
// each create form posts it in a hidden field, and `saveOnce` records a hash of who posted which
// form with which key and words in the same transaction as the save. The same post again (a
// double click, the browser resending after a slow answer, JavaScript on or off) finds that row
// and gets the first save's answer back, so it can redirect to the same place without a second row.
import { createHash, randomBytes } from "node:crypto";

import { z } from "zod";

import { db, inTransaction } from "~/utils/db.server";
import { SUBMISSION_KEY_FIELD } from "~/utils/submission";

export const SubmissionKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export function newSubmissionKey() {
  return randomBytes(18).toString("base64url");
}

type Json = string | number | boolean | null | undefined | void | Json[] | { [key: string]: Json };

/**
 * A refusal (false or null for "not found", `{ ok: false }` for an error to show) saves nothing,
 * so the same key may try again. Anything else, nothing at all included, is a save.
 */
const savedByDefault = (result: unknown) =>
  result !== false &&
  result !== null &&
  !(typeof result === "object" && "ok" in result && result.ok === false);

class NotSaved {
  constructor(readonly result: unknown) {}
}

function fingerprint(personId: string, kind: string, key: string, form: URLSearchParams) {
  const fields = [...form]
    .filter(([name]) => name !== SUBMISSION_KEY_FIELD)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256")
    .update(JSON.stringify([personId, kind, key, fields]))
    .digest("base64url");
}

async function earlierResult<T>(id: string): Promise<{ result: T } | null> {
  const row = await db.formSubmission.findUnique({ where: { id }, select: { result: true } });
  return row ? { result: (JSON.parse(row.result) as { value: T }).value } : null;
}

/**
 * Runs the save of a create form once per submitted form. `kind` names the form (and what it is
 * about, such as the meeting); the words are part of the match, so a page restored from the
 * browser's history with an old key still saves new words. A post without a key (not from our
 * pages) is saved as it comes. The result must survive JSON, as a repeat gets it from the database.
 */
export async function saveOnce<T extends Json>(
  { personId, kind, form }: { personId: string; kind: string; form: URLSearchParams },
  save: () => Promise<T>,
  { saved = savedByDefault }: { saved?: (result: T) => boolean } = {},
): Promise<T> {
  const key = SubmissionKeySchema.safeParse(form.get(SUBMISSION_KEY_FIELD));
  if (!key.success) return save();
  const id = fingerprint(personId, kind, key.data, form);
  const earlier = await earlierResult<T>(id);
  if (earlier) return earlier.result;
  try {
    return await inTransaction(async () => {
      // Claimed first: a parallel post of the same form waits here for this one to commit, then clashes.
      await db.formSubmission.create({ data: { id }, select: { id: true } });
      const result = await save();
      if (!saved(result)) throw new NotSaved(result);
      await db.formSubmission.update({
        where: { id },
        data: { result: JSON.stringify({ value: result }) },
        select: { id: true },
      });
      return result;
    });
  } catch (error) {
    if (error instanceof NotSaved) return error.result as T;
    if ((error as { code?: unknown } | null)?.code === "P2002") {
      const first = await earlierResult<T>(id);
      if (first) return first.result;
    }
    throw error;
  }
}
