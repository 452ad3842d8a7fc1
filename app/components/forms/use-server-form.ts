import { useForm, type SubmissionResult } from "@conform-to/react";

/** What a form's action sends back when it refuses the form (see parseSubmission and refuse). */
export type FormReply = SubmissionResult<string[]>;

/** The parts of conform's field metadata our components read. */
export type FieldMeta = {
  id: string;
  name: string;
  errorId: string;
  descriptionId: string;
  key?: string | undefined;
  initialValue?: unknown;
  errors?: string[] | undefined;
};

/**
 * A form checked on the server only: the schema stays on the server (zod is not shipped), and the
 * action's reply fills the form again with what was typed and the errors, with or without
 * JavaScript. `defaultValue` is what an edit form starts from.
 */
export function useServerForm<Schema extends Record<string, unknown> = Record<string, unknown>>({
  id,
  lastResult,
  defaultValue,
}: {
  id: string;
  lastResult?: FormReply | null;
  defaultValue?: Record<string, unknown>;
}) {
  return useForm<Schema>({
    id,
    lastResult: lastResult ?? undefined,
    // conform's DefaultValue type is deep; the values come from our own loaders.
    defaultValue: defaultValue as never,
    shouldValidate: "onSubmit",
  });
}

/**
 * The reply for one form of a page with several: the action's reply when the post carried this
 * `intent`, else nothing.
 */
export function replyFor(result: unknown, intent: string): FormReply | null {
  if (!isReply(result)) return null;
  return result.initialValue?.intent === intent ? result : null;
}

/** Whether an action's answer is a form reply (as against another outcome, such as a clash). */
export function isReply(result: unknown): result is FormReply {
  return typeof result === "object" && result !== null && "initialValue" in result && "error" in result;
}

/** A text value from conform's metadata (the first, when a field was posted twice). */
export function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return "";
}

/** Values from conform's metadata for a group of checkboxes. */
export function listOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}
