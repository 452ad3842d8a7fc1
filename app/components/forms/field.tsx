import type { InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

type ShellProps = {
  id: string;
  label: string;
  hint?: string;
  /** A key in the "errors" namespace. */
  error?: string;
  /** Renders the control, given the ids that describe it. */
  children: (described: { describedBy: string | undefined; invalid: true | undefined }) => React.ReactNode;
  /** Extra ids the control is described by (a helper shown under it). */
  extraDescribedBy?: string;
  after?: React.ReactNode;
};

/** Label, hint and error wired to a control for screen readers (the GOV.UK pattern). */
export function FieldShell({ id, label, hint, error, children, extraDescribedBy, after }: ShellProps) {
  const { t } = useTranslation("errors");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-bold text-red-700">
          <span className="sr-only">{t("prefix")}: </span>
          {t(error)}
        </p>
      ) : null}
      {children({
        describedBy: [hintId, errorId, extraDescribedBy].filter(Boolean).join(" ") || undefined,
        invalid: error ? true : undefined,
      })}
      {after}
    </div>
  );
}

type FieldProps = { name: string; label: string; hint?: string; error?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name"
>;

export function Field({ name, label, hint, error, id = name, className, ...input }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {({ describedBy, invalid }) => (
        <input
          id={id}
          name={name}
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
