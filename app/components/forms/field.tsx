import type { InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** A key in the "errors" namespace. */
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its hint and error wired for screen readers (GOV.UK pattern). */
export function Field({ name, label, hint, error, id = name, className, ...input }: FieldProps) {
  const { t } = useTranslation("errors");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-gray-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-bold text-red-700">
          <span className="sr-only">{t("prefix")}: </span>
          {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`mt-1 block w-full max-w-md rounded border-2 px-2 py-2 ${error ? "border-red-700" : "border-gray-800"} ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
