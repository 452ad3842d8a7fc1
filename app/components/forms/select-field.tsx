import type { ReactNode, SelectHTMLAttributes } from "react";

import { FieldShell } from "~/components/forms/field";
import { textOf, type FieldMeta } from "~/components/forms/use-server-form";

type Props = {
  meta: FieldMeta;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  /** A first, empty choice ("Choose…"), when the answer may be left out. */
  placeholder?: ReactNode;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "defaultValue">;

/** A labelled drop-down list, set to what was chosen or saved. */
export function SelectField({ meta, label, hint, options, placeholder, className, ...rest }: Props) {
  const error = meta.errors?.[0];
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      {({ describedBy, invalid }) => (
        <select
          key={meta.key}
          id={meta.id}
          name={meta.name}
          defaultValue={textOf(meta.initialValue)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={`mt-1 block rounded border-2 px-2 py-2 ${error ? "border-red-700" : "border-gray-800"} ${className ?? ""}`}
          {...rest}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
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
