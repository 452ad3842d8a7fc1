import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { glossaryFromResource, type GlossaryEntry } from "~/modules/readability/readability";

/**
 * The glossary from the loaded strings: for the glossary page and the draft editor's writing
 * helper. In a file of its own, so only the pages that use it download the glossary namespace
 * (26 kB); naming it in useTranslation makes the browser load it, and wait, if it is not there.
 */
export function useGlossary(): GlossaryEntry[] {
  const { i18n } = useTranslation("glossary");
  const bundle: unknown = i18n.getResourceBundle(i18n.language, "glossary");
  return useMemo(() => glossaryFromResource(bundle), [bundle]);
}
