import { useTranslation } from "react-i18next";

import { useGlossary } from "~/components/plan/use-glossary";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "glossary:title", i18n: ["glossary", "plan"] };

// Public on purpose: it holds no family data, and people look words up before signing in.
export default function Glossary() {
  const { t } = useTranslation("glossary");
  const glossary = useGlossary();
  const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <dl className="space-y-4">
        {sorted.map((entry) => (
          <div
            key={entry.slug}
            id={entry.slug}
            className="scroll-mt-4 rounded bg-white p-3 target:outline target:outline-4 target:outline-focus"
          >
            <dt className="text-lg font-bold">{entry.term}</dt>
            <dd>
              <p className="italic">{t("plan:glossaryPlainWord", { plain: entry.plain })}</p>
              <p>{entry.definition}</p>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
