import type { ReactNode, TextareaHTMLAttributes } from "react";

import { FieldShell } from "~/components/forms/field";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown under the box, and describing it (WritingTextareaField puts the writing helper here). */
  after?: { node: ReactNode; id: string };
  defaultValue: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">;

/** A labelled textarea. Plain-language fields use WritingTextareaField, which adds the writing helper. */
export function TextareaField({
  name,
  label,
  hint,
  error,
  after,
  defaultValue,
  id = name,
  rows = 3,
  ...rest
}: Props) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={error}
      extraDescribedBy={after?.id}
      after={after?.node ?? null}
    >
      {({ describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          dir="auto"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={`mt-1 block w-full rounded border-2 px-2 py-2 ${error ? "border-red-700" : "border-gray-800"}`}
          {...rest}
        />
      )}
    </FieldShell>
  );
}
