import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";

export type FamilySection = { to: string; key: string };

/** How many pages a phone shows in the top row; the rest are under "More". */
const TOP_ROW = 4;

const look = (current: boolean) => (current ? "pill pill-current" : "pill");

/**
 * The family's menu. On a phone: the most used pages in one short row and the rest under
 * "More", a plain <details> that opens without JavaScript, so the page's heading is on the
 * first screen. Wider screens have room for every page in one list. Each page appears once
 * to assistive technology at any width (the other copy is display: none).
 */
export function FamilyNav({ familyId, sections }: { familyId: string; sections: FamilySection[] }) {
  const { t } = useTranslation("family");
  const { pathname } = useLocation();
  const href = (section: FamilySection) =>
    section.to === "" ? `/families/${familyId}` : `/families/${familyId}/${section.to}`;
  const isCurrent = (section: FamilySection) =>
    section.to === ""
      ? pathname.replace(/\/$/, "") === href(section)
      : pathname === href(section) || pathname.startsWith(`${href(section)}/`);
  // A "More" that holds one page would save no room.
  const top = sections.length > TOP_ROW + 1 ? sections.slice(0, TOP_ROW) : sections;
  const more = sections.slice(top.length);
  const currentInMore = more.find(isCurrent);
  const link = (section: FamilySection) => (
    <Link
      to={href(section)}
      aria-current={isCurrent(section) ? "page" : undefined}
      className={`inline-block ${look(isCurrent(section))}`}
    >
      {t(`layout.nav.${section.key}`)}
    </Link>
  );
  return (
    <nav aria-label={t("layout.navLabel")} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {top.map((section) => (
          <li key={section.key}>{link(section)}</li>
        ))}
        {more.map((section) => (
          <li key={section.key} className="hidden md:list-item">
            {link(section)}
          </li>
        ))}
        {more.length > 0 ? (
          <li className="w-full md:hidden">
            {/* Closed again on every new page, also when JavaScript moves between pages. */}
            <details key={pathname}>
              <summary className={`w-fit cursor-pointer ${look(Boolean(currentInMore))}`}>
                {currentInMore
                  ? t("layout.moreWithCurrent", { page: t(`layout.nav.${currentInMore.key}`) })
                  : t("layout.more")}
              </summary>
              <ul className="mt-2 flex flex-wrap gap-2">
                {more.map((section) => (
                  <li key={section.key}>{link(section)}</li>
                ))}
              </ul>
            </details>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
