import type { ReactNode } from "react";

import { FieldShell } from "~/components/forms/field";
import { textOf, type FieldMeta } from "~/components/forms/use-server-form";

/**
 * A labelled drop-down list (the kind of meeting, the kind of paper), wired like the shared Field:
 * label, error and the error summary's link all reach the <select>.
 */
export function SelectField({
  meta,
  label,
  options,
  fallback = "",
}: {
  meta: FieldMeta;
  label: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  /** The choice shown before anything was typed or saved. */
  fallback?: string;
}) {
  const error = meta.errors?.[0];
  return (
    <FieldShell meta={meta} label={label}>
      {({ describedBy, invalid }) => (
        <select
          key={meta.key}
          id={meta.id}
          name={meta.name}
          defaultValue={textOf(meta.initialValue) || fallback}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={`mt-1 block w-full max-w-md rounded border-2 px-2 py-2 ${error ? "border-red-700" : "border-gray-800"}`}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
