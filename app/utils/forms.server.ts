// The one way a form is read and answered on the server: conform parses the post with a zod
// schema, and the answer to a refused form is conform's reply, which carries what the person
// typed and each field's error. Pages hand that reply to `useServerForm`, so a refused form comes
// back filled in, with JavaScript on or off.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { z } from "zod";

/** What an action sends back for a form: conform's reply. Errors are translation keys. */
export type FormReply = SubmissionResult<string[]>;

// Our schemas give translation keys ("errors" namespace, or "ns:key"); zod's own English becomes a generic key.
const translationKey = /^[\w.:-]+$/;

/**
 * A zod issue's message as a translation key. A module whose schema gives keys of its own
 * namespace ("errors.badPhone" in "directory") names it; zod's own English becomes `fallback`.
 */
export function keyOfIssue(
  message: string,
  { namespace, fallback = "generic.invalid" }: { namespace?: string; fallback?: string } = {},
): string {
  if (!translationKey.test(message)) return fallback;
  return namespace && !message.includes(":") ? `${namespace}:${message}` : message;
}

function errorKeys(issues: readonly { message: string }[]): string[] {
  return [keyOfIssue(issues[0]?.message ?? "")];
}

/**
 * Reads a form with a zod schema. Fields come as they were typed: no coercion beyond what the
 * schema says, so an empty box is "" and the schema decides what that means. Names with dots or
 * brackets ("items[0].text") become nested values, as conform names them.
 */
export function parseSubmission<S extends z.ZodType>(form: FormData | URLSearchParams, schema: S) {
  return parseWithZod(form, { schema, disableAutoCoercion: true, formatError: errorKeys });
}

export type ParsedSubmission<S extends z.ZodType> = ReturnType<typeof parseSubmission<S>>;

/**
 * Refuses a form (400 unless told): what the person typed comes back with each error. `fieldErrors`
 * adds errors found after the schema passed (a clash, a rule of the domain), one key per field;
 * the key "" is an error about the whole form. `hide` names fields whose typed value must not come
 * back (a wrong sign-in code); `headers` go on the answer (Retry-After); `extra` goes beside the
 * reply, for what the page shows besides the form (the saved version after a clash).
 */
export function refuse<Extra extends Record<string, unknown> = Record<never, never>>(
  submission: {
    reply: (options?: {
      fieldErrors?: Record<string, string[]>;
      formErrors?: string[];
      hideFields?: string[];
    }) => FormReply;
  },
  fieldErrors: Record<string, string> = {},
  status = 400,
  { hide, headers, extra }: { hide?: string[]; headers?: HeadersInit; extra?: Extra } = {},
) {
  const { "": formError, ...fields } = fieldErrors;
  const reply = submission.reply({
    fieldErrors: Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, [key]])),
    formErrors: formError ? [formError] : undefined,
    hideFields: hide,
  });
  return data({ ...reply, ...(extra as Extra) }, { status, headers });
}

/**
 * The version (revision) number a form was started from, for optimistic saves. Kept here, not
 * in route files: a schema built at the top of a route module drags zod into the browser bundle.
 */
export const BaseVersionSchema = z.coerce.number().int().min(1).max(1_000_000);
