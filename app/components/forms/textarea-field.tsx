import type { TextareaHTMLAttributes } from "react";

import { FieldShell } from "~/components/forms/field";
import { WritingHelper } from "~/components/plan/writing-helper";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Show the plain-language helper under the box. */
  helper?: boolean;
  defaultValue: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">;

/** A labelled textarea; plain-language fields get the writing helper under them. */
export function TextareaField({ name, label, hint, error, helper, defaultValue, id = name, rows = 3, ...rest }: Props) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={error}
      extraDescribedBy={helper ? `${id}-helper` : undefined}
      after={helper ? <WritingHelper fieldId={id} initialText={defaultValue} /> : null}
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
