import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { DecidedCard as Card } from "~/modules/meetings/home.server";

/** The home page's short card: what was decided at the newest meeting, with a link to read it. */
export function DecidedCard({ familyId, decided }: { familyId: string; decided: Card | null }) {
  const { t } = useTranslation("meetings");
  if (!decided) return null;
  return (
    <section
      aria-labelledby="decided-card-heading"
      className="space-y-1 rounded border-l-4 border-brand bg-white p-3"
    >
      <h2 id="decided-card-heading" className="text-xl font-bold">
        {t("decided.title")}
      </h2>
      <p>{t("decided.cardAt", { kind: t(`kinds.${decided.kind}`), day: decided.day })}</p>
      <p>
        <Link to={`/families/${familyId}/meetings/${decided.id}#decided`} className="text-brand underline">
          {t("decided.read")}
        </Link>
      </p>
    </section>
  );
}
