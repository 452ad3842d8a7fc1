import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { loader as rootLoader } from "~/root";

const known = new Set([403, 404, 413, 429]);

/** Plain-language pages for every failure. Never a stack trace: a 500 shows a reference id. */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation("errors");
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const page = known.has(status) ? String(status) : "500";
  const signedIn = Boolean(root?.person);
  // The guard's answer to a change in a family whose plan has ended: say so, and where the copy is.
  if (isRouteErrorResponse(error) && (error.data as { reason?: unknown } | null)?.reason === "read-only") {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t("page.readOnly.title")}</h1>
        <p>{t("page.readOnly.body")}</p>
        <p>
          <Link to="/settings/my-data" className="text-brand underline">
            {t("page.readOnly.copy")}
          </Link>
        </p>
        <p>
          <Link to="/families" className="text-brand underline">
            {t("page.backToFamilies")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t(`page.${page}.title`)}</h1>
      <p>{t(`page.${page}.body`)}</p>
      {page === "403" ? <p>{t("page.403.next")}</p> : null}
      {page === "500" && root?.requestId ? (
        <p>
          {t("page.500.reference")} <strong className="font-mono">{root.requestId}</strong>
        </p>
      ) : null}
      <p>
        <Link to={signedIn ? "/families" : "/"} className="text-brand underline">
          {signedIn ? t("page.backToFamilies") : t("page.backHome")}
        </Link>
      </p>
    </div>
  );
}
