import { z } from "zod";

// cuid(): 25 lower-case letters and digits. Anything else cannot be the id of a row.
const ID_PATTERN = /^[a-z0-9]{20,32}$/;

/** The id of a database row, with the error message (a locale key) a form shows when it is not one. */
export function idSchema(message?: string) {
  return z.string().regex(ID_PATTERN, message);
}

export const IdSchema = idSchema();

export function notFound(): Response {
  return new Response(null, { status: 404, statusText: "Not Found" });
}

/** A route param that must be an id: anything else is a page that does not exist. */
export function requireIdParam(param: string | undefined): string {
  const parsed = IdSchema.safeParse(param);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/**
 * Throws a Response with the status (400 unless given) when the condition fails, so a loader or
 * action can state what must hold and let the error boundary answer.
 */
export function invariantResponse(
  condition: unknown,
  body?: BodyInit | null,
  init?: ResponseInit,
): asserts condition {
  if (!condition) throw new Response(body ?? null, { status: 400, ...init });
}
