import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { PhoneLink } from "~/components/phone-link";

/**
 * 999 first, then the organisation's numbers. Rules reports and questions both show it: neither
 * is the way to get help now. A page may give its own title and a line under it.
 */
export function WhatToDoNow({
  socialWorkPhone,
  outOfHoursPhone,
  title,
  children,
}: {
  socialWorkPhone: string | null;
  outOfHoursPhone: string | null;
  title?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="now-heading" className="rounded border-4 border-red-700 bg-white p-4">
      <h2 id="now-heading" className="text-xl font-bold">
        {title ?? t("whatToDoNow.title")}
      </h2>
      {children}
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li className="font-bold">
          {t("whatToDoNow.danger")} <PhoneLink number="999">{t("whatToDoNow.call999")}</PhoneLink>
        </li>
        {socialWorkPhone ? (
          <li>
            {t("whatToDoNow.team")} <PhoneLink number={socialWorkPhone} />
          </li>
        ) : (
          <li>{t("whatToDoNow.noNumbers")}</li>
        )}
        {outOfHoursPhone ? (
          <li>
            {t("whatToDoNow.outOfHours")} <PhoneLink number={outOfHoursPhone} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}
