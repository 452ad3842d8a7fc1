import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";

export function SiteFooter({ signedIn = false }: { signedIn?: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="no-print mt-12 border-t border-gray-300 bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap gap-4 px-4 py-6 text-sm">
        <Link to="/cover-your-tracks" className="text-brand underline">
          {t("footer.coverTracks")}
        </Link>
        {signedIn ? (
          <Link to="/settings/my-data" className="text-brand underline">
            {t("footer.myCopy")}
          </Link>
        ) : null}
        <span>{t("footer.tagline")}</span>
      </div>
    </footer>
  );
}
