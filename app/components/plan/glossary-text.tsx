import { createContext, Fragment, useContext } from "react";
import { useTranslation } from "react-i18next";

import type { GlossaryLinks } from "~/modules/glossary/linked-text";

/** The page's texts with their terms already linked on the server (see glossary-links.server.ts). */
export const GlossaryLinksContext = createContext<GlossaryLinks>({});

/**
 * Shows text with every glossary term linked to its plain meaning, from pieces the server
 * made. The text may come from anyone; React renders it as text, so HTML or script in it is
 * shown, never run.
 */
export function GlossaryText({ text }: { text: string }) {
  const links = useContext(GlossaryLinksContext);
  const { t } = useTranslation("plan");
  const pieces = links[text];
  if (!pieces) return <bdi>{text}</bdi>;
  // <bdi>: the writer's words keep their own direction and cannot change the page's.
  return (
    <bdi>
      {pieces.map((piece, index) =>
        typeof piece === "string" ? (
          <Fragment key={index}>{piece}</Fragment>
        ) : (
          <a key={index} href={`/glossary#${piece.slug}`} className="term-link" title={piece.plain}>
            {piece.text}
            {/* One string, so React writes one text node (no comment markers between pieces). */}
            <span className="sr-only">{` (${t("glossaryLinkHint")})`}</span>
          </a>
        ),
      )}
    </bdi>
  );
}
