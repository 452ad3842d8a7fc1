import { useTranslation } from "react-i18next";

import { PhoneLink } from "~/components/phone-link";

/** 999 first, then the organisation's numbers. Shown before and after a report. */
export function WhatToDoNow({
  socialWorkPhone,
  outOfHoursPhone,
}: {
  socialWorkPhone: string | null;
  outOfHoursPhone: string | null;
}) {
  const { t } = useTranslation("rules");
  return (
    <section aria-labelledby="now-heading" className="rounded border-4 border-red-700 bg-white p-4">
      <h2 id="now-heading" className="text-xl font-bold">
        {t("now.title")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li className="font-bold">
          {t("now.danger")} <PhoneLink number="999">{t("now.call999")}</PhoneLink>
        </li>
        {socialWorkPhone ? (
          <li>
            {t("now.team")} <PhoneLink number={socialWorkPhone} />
          </li>
        ) : (
          <li>{t("now.noNumbers")}</li>
        )}
        {outOfHoursPhone ? (
          <li>
            {t("now.outOfHours")} <PhoneLink number={outOfHoursPhone} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}
