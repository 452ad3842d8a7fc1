import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import { useNonce } from "~/components/nonce";

type FormErrors = { id: string; allErrors: Record<string, string[]> };

/**
 * Lists every error at the top of the form and takes focus, as GOV.UK's error summary does. Each
 * line links to its field (conform names a field's id `<form id>-<field name>`). Most pages do
 * not hydrate, so a one-line inline script moves the focus there; on a hydrating page the effect does.
 */
export function ErrorSummary({ form }: { form: FormErrors }) {
  const { t } = useTranslation("errors");
  const nonce = useNonce();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(form.allErrors).filter(([, keys]) => keys.length > 0);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [entries.length, form.allErrors]);
  if (entries.length === 0) return null;
  const id = `${form.id}-error-summary`;
  return (
    <>
      <div
        ref={ref}
        tabIndex={-1}
        role="alert"
        id={`${id}-box`}
        aria-labelledby={id}
        className="mb-6 border-4 border-red-700 p-4"
      >
        <h2 id={id} className="text-lg font-bold">
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
      <script
        nonce={nonce}
        dangerouslySetInnerHTML={{
          __html: `document.getElementById(${JSON.stringify(`${id}-box`)}).focus()`,
        }}
      />
    </>
  );
}
