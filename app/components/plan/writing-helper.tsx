import { useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { useNonce } from "~/components/nonce";
import { useGlossary } from "~/components/plan/use-glossary";
import { analyseText } from "~/modules/readability/readability";
import type { loader as rootLoader } from "~/root";
import { localeUrl, parseNamespaceVersions } from "~/utils/locale-namespaces";

/**
 * How easy a text is to read: Flesch score and band, sentences over 25 words, and glossary
 * jargon with a plainer word. Drawn on the server for the text as it is (works without
 * JavaScript); app/scripts/writing-helper.ts, a small script with no React, redraws it as the
 * person types, from the same readability module and the same strings.
 */
export function WritingHelper({ fieldId, initialText }: { fieldId: string; initialText: string }) {
  const { t, i18n } = useTranslation("plan");
  const glossary = useGlossary();
  const nonce = useNonce();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const versions = parseNamespaceVersions(root?.localeVersions);
  const language = i18n.language;
  const report = initialText.trim() ? analyseText(initialText, glossary) : null;
  const script = root?.pageScripts.writingHelper;
  return (
    <>
      <div
        id={`${fieldId}-helper`}
        className="mt-1 rounded bg-gray-100 p-2 text-sm"
        aria-live="polite"
        hidden={!report}
        data-writing-helper=""
        data-field={fieldId}
        data-strings-url={localeUrl(language, "plan", versions.get("plan") ?? "")}
        data-glossary-url={localeUrl(language, "glossary", versions.get("glossary") ?? "")}
      >
        {report ? (
          <>
            <p>
              {t("helper.score", { score: Math.round(report.score) })}{" "}
              <strong>{t(`helper.band.${report.band}`)}</strong>
            </p>
            {report.longSentences.length > 0 ? (
              <div>
                <p>{t("helper.longSentences", { count: report.longSentences.length })}</p>
                <ul className="list-disc pl-5">
                  {report.longSentences.map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {report.jargon.length > 0 ? (
              <div>
                <p>{t("helper.jargon")}</p>
                <ul className="list-disc pl-5">
                  {report.jargon.map((entry) => (
                    <li key={entry.slug}>
                      {t("helper.jargonItem", { term: entry.match, plain: entry.plain })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
      {/* The same module URL on a page with several helpers runs once. */}
      {script ? <script type="module" src={script} nonce={nonce} /> : null}
    </>
  );
}
