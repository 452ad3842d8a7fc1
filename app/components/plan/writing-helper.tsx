import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { useGlossary } from "~/components/plan/use-glossary";
import { analyseText } from "~/modules/readability/readability";

/**
 * How easy a text is to read: Flesch score and band, sentences over 25 words, and glossary
 * jargon with a plainer word. Rendered on the server for the saved text (works without
 * JavaScript), then live as the practitioner types.
 */
export function WritingHelper({ fieldId, initialText }: { fieldId: string; initialText: string }) {
  const { t } = useTranslation("plan");
  const glossary = useGlossary();
  const [text, setText] = useState(initialText);

  useEffect(() => {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    if (!field) return;
    const update = () => setText(field.value);
    update();
    field.addEventListener("input", update);
    return () => field.removeEventListener("input", update);
  }, [fieldId]);

  const report = useMemo(() => analyseText(text, glossary), [text, glossary]);
  if (!text.trim()) return null;
  return (
    <div id={`${fieldId}-helper`} className="mt-1 rounded bg-gray-100 p-2 text-sm" aria-live="polite">
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
              <li key={entry.slug}>{t("helper.jargonItem", { term: entry.match, plain: entry.plain })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
