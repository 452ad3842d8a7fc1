import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { LanguageSwitch } from "~/components/layout/language-switch";

export type HeaderFamily = { id: string; name: string };

export function SiteHeader({
  language,
  signedIn,
  caseload = false,
  families,
  currentFamilyId,
}: {
  language: string;
  signedIn: boolean;
  /** Whether to show "Your caseload": the person holds caseload.view in an organisation. */
  caseload?: boolean;
  families: HeaderFamily[];
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
          {signedIn && caseload ? (
            <Link to="/caseload" className="text-white underline">
              {t("caseloadLink")}
            </Link>
          ) : null}
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
