import { Fragment, useMemo } from "react";
import { useTranslation } from "react-i18next";

import { findJargon, glossaryFromResource, type GlossaryEntry } from "~/modules/readability/readability";

export function useGlossary(): GlossaryEntry[] {
  const { i18n } = useTranslation();
  const bundle: unknown = i18n.getResourceBundle(i18n.language, "glossary");
  return useMemo(() => glossaryFromResource(bundle), [bundle]);
}

/**
 * Shows text with every glossary term linked to its plain meaning. The text may come from
 * anyone; React renders it as text, so HTML or script in it is shown, never run.
 */
export function GlossaryText({ text }: { text: string }) {
  const glossary = useGlossary();
  const { t } = useTranslation("plan");
  const matches = useMemo(() => findJargon(text, glossary), [text, glossary]);
  if (matches.length === 0) return <bdi>{text}</bdi>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  matches.forEach((match, index) => {
    parts.push(<Fragment key={`t${index}`}>{text.slice(at, match.start)}</Fragment>);
    parts.push(
      <a key={`g${index}`} href={`/glossary#${match.slug}`} className="text-brand underline decoration-dotted" title={match.plain}>
        {match.match}
        <span className="sr-only"> ({t("glossaryLinkHint")})</span>
      </a>,
    );
    at = match.end;
  });
  parts.push(<Fragment key="end">{text.slice(at)}</Fragment>);
  // <bdi>: the writer's words keep their own direction and cannot change the page's.
  return <bdi>{parts}</bdi>;
}
