import { useTranslation } from "react-i18next";

import { PhoneLink } from "~/components/phone-link";

/** Questions are not a crisis line: 999 first, then the council's out-of-hours number. */
export function NotACrisisLine({ outOfHoursPhone }: { outOfHoursPhone: string | null }) {
  const { t } = useTranslation("questions");
  return (
    <section aria-labelledby="crisis-heading" className="rounded border-4 border-red-700 bg-white p-4">
      <h2 id="crisis-heading" className="text-xl font-bold">
        {t("crisis.title")}
      </h2>
      <p className="mt-2">{t("crisis.notUrgent")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li className="font-bold">
          {t("crisis.danger")} <PhoneLink number="999">{t("crisis.call999")}</PhoneLink>
        </li>
        {outOfHoursPhone ? (
          <li>
            {t("crisis.outOfHours")} <PhoneLink number={outOfHoursPhone} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}
