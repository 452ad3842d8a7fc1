import type { TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

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

/** A labelled textarea with hint, error and (for plain-language fields) the writing helper. */
export function TextareaField({ name, label, hint, error, helper, defaultValue, id = name, rows = 3, ...rest }: Props) {
  const { t } = useTranslation("errors");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const helperId = helper ? `${id}-helper` : undefined;
  return (
    <div className={`mb-4 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
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
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId, helperId].filter(Boolean).join(" ") || undefined}
        className={`mt-1 block w-full rounded border-2 px-2 py-2 ${error ? "border-red-700" : "border-gray-800"}`}
        {...rest}
      />
      {helper ? <WritingHelper fieldId={id} initialText={defaultValue} /> : null}
    </div>
  );
}
