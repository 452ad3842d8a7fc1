import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** Lists every error at the top of the form and takes focus, as GOV.UK's error summary does. */
export function ErrorSummary({ errors }: { errors?: Record<string, string> | null }) {
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
