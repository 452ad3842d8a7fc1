import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";

/** The way back from a plan sub-page, to the part of the plan the person came from. */
export function BackToPlan({ familyId, itemId }: { familyId: string; itemId?: string }) {
  const { t } = useTranslation("plan");
  return (
    <p className="no-print">
      <Link
        to={`/families/${familyId}/plan${itemId ? `#item-${itemId}` : ""}`}
        className="text-brand underline"
      >
        {t("item.back")}
      </Link>
    </p>
  );
}
