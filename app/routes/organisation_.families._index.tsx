import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { familiesListLoader } from "~/modules/family/hand-over-page.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "family-space:list.title", i18n: ["family-space"] };

export const loader = ({ request, context }: LoaderFunctionArgs) => familiesListLoader({ request, context });

// Names, social workers and dates only: an admin runs the service and sees no family's content.
export default function OrganisationFamilies() {
  const { t } = useTranslation("family-space");
  const { organisation, families } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("list.title")}</h1>
      <p>{t("list.intro", { organisation })}</p>
      {families.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <table className="w-full border-collapse bg-white">
          <caption className="sr-only">{t("list.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-800 text-left">
              <th scope="col" className="p-2">
                {t("list.family")}
              </th>
              <th scope="col" className="p-2">
                {t("list.socialWorker")}
              </th>
              <th scope="col" className="p-2">
                {t("list.opened")}
              </th>
            </tr>
          </thead>
          <tbody>
            {families.map((family) => (
              <tr key={family.id} className="border-b border-gray-400">
                <td className="p-2">
                  <Link to={`/organisation/families/${family.id}`} className="text-brand underline">
                    <bdi>{family.name}</bdi>
                  </Link>
                  {family.planEnd ? (
                    <p className="mt-1">
                      {t("list.planEnded", {
                        ended: family.planEnd.endedOn,
                        until: family.planEnd.readableUntil,
                      })}
                    </p>
                  ) : null}
                </td>
                <td className="p-2">
                  {family.socialWorker ? <bdi>{family.socialWorker}</bdi> : t("list.noSocialWorker")}
                </td>
                <td className="p-2">{family.openedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
