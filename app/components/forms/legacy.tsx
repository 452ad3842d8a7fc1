// The form components from before conform, kept only until the last form has moved to
// useServerForm and the components beside this file. Nothing new uses them.
import {
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
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
export function LegacyFieldShell({ id, label, hint, error, children, extraDescribedBy, after }: ShellProps) {
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

export function LegacyField({ name, label, hint, error, id = name, className, ...input }: FieldProps) {
  return (
    <LegacyFieldShell id={id} label={label} hint={hint} error={error}>
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
    </LegacyFieldShell>
  );
}

type TextareaProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown under the box, and describing it (WritingTextareaField puts the writing helper here). */
  after?: { node: ReactNode; id: string };
  defaultValue: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">;

/** A labelled textarea. Plain-language fields use WritingTextareaField, which adds the writing helper. */
export function LegacyTextareaField({
  name,
  label,
  hint,
  error,
  after,
  defaultValue,
  id = name,
  rows = 3,
  ...rest
}: TextareaProps) {
  return (
    <LegacyFieldShell
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
    </LegacyFieldShell>
  );
}

/** Lists every error at the top of the form and takes focus, as GOV.UK's error summary does. */
export function LegacyErrorSummary({ errors }: { errors?: Record<string, string> | null }) {
  const { t } = useTranslation("errors");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [entries.length, errors]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold">
        {t("summaryTitle")}
      </h2>
      <ul className="mt-2 list-none">
        {entries.map(([field, key]) => (
          <li key={field}>
            <a href={`#${field}`} className="font-bold text-red-700 underline">
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
