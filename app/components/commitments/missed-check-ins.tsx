import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";

type Missed = { key: string; commitmentId: string; who: string; kind: string; date: string; time: string };

/** Times that passed with no check-in, for the keeper, the parents and carers, and the social worker. */
export function MissedCheckIns({
  familyId,
  missed,
  headingLevel = 2,
}: {
  familyId: string;
  missed: Missed[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("commitments");
  if (missed.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="missed-heading" className="rounded border-l-4 border-amber-700 bg-white p-3">
      <Heading id="missed-heading" className="text-xl font-bold">
        {t("missed.title")}
      </Heading>
      <p>{t("missed.intro")}</p>
      <ul className="list-disc pl-6">
        {missed.map((item) => (
          <li key={item.key}>
            <Link
              to={`/families/${familyId}/commitments/${item.commitmentId}`}
              className="text-brand underline"
            >
              {t("missed.item", { what: t(`kind.${item.kind}`), date: item.date, time: item.time })}
            </Link>{" "}
            (<bdi>{item.who}</bdi>)
          </li>
        ))}
      </ul>
    </section>
  );
}
