import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

type FormErrors = { id: string; allErrors: Record<string, string[]> };

/**
 * Lists every error at the top of the form and takes focus, as GOV.UK's error summary does. Each
 * line links to its field (conform names a field's id `<form id>-<field name>`).
 */
export function ErrorSummary({ form }: { form: FormErrors }) {
  const { t } = useTranslation("errors");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(form.allErrors).filter(([, keys]) => keys.length > 0);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [entries.length, form.allErrors]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${form.id}-error-summary`}
      className="mb-6 border-4 border-red-700 p-4"
    >
      <h2 id={`${form.id}-error-summary`} className="text-lg font-bold">
        {t("summaryTitle")}
      </h2>
      <ul className="mt-2 list-none">
        {entries.map(([name, keys]) => (
          <li key={name}>
            {name && name !== form.id ? (
              <a href={`#${form.id}-${name}`} className="font-bold text-red-700 underline">
                {t(keys[0]!)}
              </a>
            ) : (
              <span className="font-bold text-red-700">{t(keys[0]!)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
