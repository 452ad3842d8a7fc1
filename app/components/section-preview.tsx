import { useTranslation } from "react-i18next";

/**
 * The honest page for a part of the family's space that is still being built: what it will
 * hold, and what to do until then. Texts live in family.json under sections.<section>.
 */
export function SectionPreview({ section, children }: { section: string; children?: React.ReactNode }) {
  const { t } = useTranslation("family");
  const items = t(`sections.${section}.items`, { returnObjects: true }) as string[];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(`sections.${section}.title`)}</h1>
      <p>{t(`sections.${section}.intro`)}</p>
      {children}
      <section aria-labelledby={`${section}-soon`} className="rounded border-l-4 border-brand bg-white p-4">
        <h2 id={`${section}-soon`} className="text-xl font-bold">
          {t("sections.comingTitle")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="mt-3">{t(`sections.${section}.meanwhile`)}</p>
      </section>
    </div>
  );
}
