import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { listFamilyActivity } from "~/modules/audit/audit.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { auditRetentionDaysForFamily } from "~/modules/retention/retention.server";
import type { RouteHandle } from "~/root";
import { dateTimeFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "family:activity.title", i18n: ["family"] };

// Families can see who looked at their plan and who changed things (special-category data).
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "activity", "view", { context });
  const [events, formatDateTime, keptForDays] = await Promise.all([
    listFamilyActivity({ familyId: access.familyId }),
    dateTimeFormatter(request),
    auditRetentionDaysForFamily(access.familyId),
  ]);
  return { keptForDays, events: events.map((event) => ({ ...event, at: formatDateTime(event.at) })) };
}

export default function Activity() {
  const { t } = useTranslation("family");
  const { events, keptForDays } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("activity.title")}</h1>
      <p>{t("activity.intro")}</p>
      <p>{t("activity.keptFor", { days: keptForDays })}</p>
      {events.length === 0 ? (
        <p>{t("activity.none")}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{t("activity.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b p-2">
                {t("activity.when")}
              </th>
              <th scope="col" className="border-b p-2">
                {t("activity.who")}
              </th>
              <th scope="col" className="border-b p-2">
                {t("activity.what")}
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td className="border-b p-2">{event.at}</td>
                <td className="border-b p-2">
                  {event.name ?? t("activity.someone")}
                  {event.role ? ` (${t(`common:roles.${event.role}`)})` : ""}
                </td>
                <td className="border-b p-2">{t(`activity.action.${event.action.replace(/\./g, "_")}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
