import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { LanguageSwitch } from "~/components/layout/language-switch";
import { Link } from "~/components/link";

export type HeaderFamily = { id: string; name: string };
export type StaffLink = { to: string; labelKey: string };

export function SiteHeader({
  language,
  signedIn,
  families,
  staffLinks = [],
  currentFamilyId,
}: {
  language: string;
  signedIn: boolean;
  families: HeaderFamily[];
  /** Staff pages this person may open (the matrix decides; the pages' guards protect them). */
  staffLinks?: StaffLink[];
  currentFamilyId?: string;
}) {
  const { t } = useTranslation();
  const current = families.find((family) => family.id === currentFamilyId);
  return (
    <header className="no-print bg-brand text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          to={signedIn ? "/families" : "/"}
          className="text-xl font-bold text-white no-underline hover:underline"
        >
          {t("appName")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch current={language} />
          {signedIn ? (
            <Form method="post" action="/sign-out">
              <button
                type="submit"
                className="rounded border border-white px-2 py-1 text-sm text-white hover:underline"
              >
                {t("signOut")}
              </button>
            </Form>
          ) : null}
        </div>
      </div>
      {signedIn && staffLinks.length > 0 ? (
        <nav aria-label={t("staffMenu.label")} className="mx-auto max-w-3xl px-4 pb-3">
          <ul className="flex flex-wrap gap-4">
            {staffLinks.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className="text-white underline">
                  {t(link.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {signedIn && families.length > 1 ? (
        <nav aria-label={t("switcher.label")} className="mx-auto max-w-3xl px-4 pb-3">
          <details className="rounded bg-brand-dark p-2">
            <summary className="cursor-pointer">
              {current
                ? isolatedName((slot) => t("switcher.current", { name: slot }), current.name)
                : t("switcher.choose")}
            </summary>
            <ul className="mt-2 space-y-1">
              {families.map((family) => (
                <li key={family.id}>
                  <Link
                    to={`/families/${family.id}`}
                    aria-current={family.id === currentFamilyId ? "page" : undefined}
                    className="text-white underline"
                  >
                    <bdi>{family.name}</bdi>
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      ) : null}
    </header>
  );
}
