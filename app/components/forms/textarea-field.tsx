import type { ReactNode, TextareaHTMLAttributes } from "react";

import { FieldShell } from "~/components/forms/field";
import { textOf, type FieldMeta } from "~/components/forms/use-server-form";

type Props = {
  meta: FieldMeta;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the box, and describing it (WritingTextareaField puts the writing helper here). */
  after?: { node: ReactNode; id: string };
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "defaultValue">;

/** A labelled textarea. Plain-language fields use WritingTextareaField, which adds the writing helper. */
export function TextareaField({ meta, label, hint, after, rows = 3, ...rest }: Props) {
  const error = meta.errors?.[0];
  return (
    <FieldShell
      meta={meta}
      label={label}
      hint={hint}
      extraDescribedBy={after?.id}
      after={after?.node ?? null}
    >
      {({ describedBy, invalid }) => (
        <textarea
          key={meta.key}
          id={meta.id}
          name={meta.name}
          rows={rows}
          defaultValue={textOf(meta.initialValue)}
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
