import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { textOf, type FieldMeta } from "~/components/forms/use-server-form";

/** The error line of a field or group; `error` is a key in the "errors" namespace (or "ns:key"). */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation("errors");
  if (!error) return null;
  return (
    <p id={id} className="font-bold text-red-700">
      <span className="sr-only">{t("prefix")}: </span>
      {t(error)}
    </p>
  );
}

type ShellProps = {
  meta: FieldMeta;
  label: ReactNode;
  hint?: ReactNode;
  /** Renders the control, given the ids that describe it. */
  children: (described: { describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
  /** Extra ids the control is described by (a helper shown under it). */
  extraDescribedBy?: string;
  after?: ReactNode;
};

/** Label, hint and error wired to a control for screen readers (the GOV.UK pattern). */
export function FieldShell({ meta, label, hint, children, extraDescribedBy, after }: ShellProps) {
  const error = meta.errors?.[0];
  const hintId = hint ? meta.descriptionId : undefined;
  const errorId = error ? meta.errorId : undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={meta.id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      <FieldError id={meta.errorId} error={error} />
      {children({
        describedBy: [hintId, errorId, extraDescribedBy].filter(Boolean).join(" ") || undefined,
        invalid: error ? true : undefined,
      })}
      {after}
    </div>
  );
}

type FieldProps = { meta: FieldMeta; label: ReactNode; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "id" | "defaultValue"
>;

/** A labelled one-line box, filled with what was typed or saved. */
export function Field({ meta, label, hint, className, ...input }: FieldProps) {
  const error = meta.errors?.[0];
  return (
    <FieldShell meta={meta} label={label} hint={hint}>
      {({ describedBy, invalid }) => (
        <input
          key={meta.key}
          id={meta.id}
          name={meta.name}
          defaultValue={textOf(meta.initialValue)}
          dir="auto"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={`mt-1 block w-full max-w-md rounded border-2 px-2 py-2 ${error ? "border-red-700" : "border-gray-800"} ${className ?? ""}`}
          {...input}
        />
      )}
    </FieldShell>
  );
}
