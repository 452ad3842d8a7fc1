import { z } from "zod";

export type FormErrors = Record<string, string>;

export type ParsedForm<T> =
  { ok: true; data: T } | { ok: false; errors: FormErrors; values: Record<string, string> };

/**
 * Runs a zod schema over form fields. Errors come back as translation keys per field, with
 * everything the person typed, so a form that comes back with an error loses nothing.
 */
export function parseForm<S extends z.ZodType>(form: URLSearchParams, schema: S): ParsedForm<z.infer<S>> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) values[key] = value;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    // Our schemas give translation keys ("errors" namespace, or "ns:key"); zod's own English becomes a generic key.
    errors[field] ??= /^[\w.:-]+$/.test(issue.message) ? issue.message : "generic.invalid";
  }
  return { ok: false, errors, values };
}

/**
 * The version (revision) number a form was started from, for optimistic saves. Kept here, not
 * in route files: a schema built at the top of a route module drags zod into the browser bundle.
 */
export const BaseVersionSchema = z.coerce.number().int().min(1).max(1_000_000);
