import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CaseloadLine } from "~/components/caseload/caseload-line";
import { Link } from "~/components/link";
import { caseloadPage } from "~/modules/caseload/caseload-page.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "caseload:title", i18n: ["caseload", "commitments"] };

export function loader({ request, context }: LoaderFunctionArgs) {
  return caseloadPage({ request, context });
}

export default function Caseload() {
  const { t } = useTranslation("caseload");
  const { families } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{families.length === 0 ? t("none") : t("intro")}</p>
      <ul className="space-y-4">
        {families.map((family) => (
          <li key={family.id}>
            <section aria-labelledby={`family-${family.id}`} className="rounded bg-gray-100 p-3">
              <h2 id={`family-${family.id}`} className="text-xl font-bold">
                <Link to={`/families/${family.id}`} className="text-brand underline">
                  <bdi>{family.name}</bdi>
                </Link>
              </h2>
              {family.planEnd ? (
                <p className="mt-1">
                  <Link to={`/families/${family.id}/plan-end`} className="text-brand underline">
                    {t("planEnded", { ended: family.planEnd.endedOn, until: family.planEnd.readableUntil })}
                  </Link>
                </p>
              ) : family.lines.length === 0 ? (
                <p className="mt-1">{t("nothingWaiting")}</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {family.lines.map((line) => (
                    <CaseloadLine key={line.kind + ("meeting" in line ? line.meeting : "")} line={line} />
                  ))}
                </ul>
              )}
            </section>
          </li>
        ))}
      </ul>
    </div>
  );
}
