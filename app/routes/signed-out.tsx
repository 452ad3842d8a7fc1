import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "auth:signedOut.title", i18n: ["auth"] };

export default function SignedOut() {
  const { t } = useTranslation("auth");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("signedOut.title")}</h1>
      <p>{t("signedOut.body")}</p>
      <p>
        <Link to="/sign-in" className="text-brand underline">
          {t("signedOut.again")}
        </Link>
      </p>
    </div>
  );
}
