import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { listNotices } from "~/modules/notices/notices.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateTimeFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "notices:whatsNew.title", i18n: ["notices"] };

// Every member has a What's new: it lists only their own notices, each checked again with the
// rule of the thing it points at (listNotices), so a thing they may no longer see is not shown.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "family", "view", { context });
  const [notices, formatDateTime] = await Promise.all([listNotices({ access }), dateTimeFormatter(request)]);
  return {
    familyId: access.familyId,
    notices: notices.map((notice) => ({
      id: notice.id,
      event: notice.event.replace(/\./g, "_"),
      at: formatDateTime(notice.createdAt),
      unread: notice.readAt === null,
    })),
  };
}

export default function WhatsNew() {
  const { t } = useTranslation("notices");
  const { familyId, notices } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("whatsNew.title")}</h1>
      <p>{t("whatsNew.intro")}</p>
      {notices.length === 0 ? (
        <p>{t("whatsNew.none")}</p>
      ) : (
        <ul className="space-y-3">
          {notices.map((notice) => {
            const what = t(`whatsNew.event.${notice.event}`);
            return (
              <li
                key={notice.id}
                className={`rounded bg-white p-3 ${notice.unread ? "border-l-4 border-brand" : ""}`}
              >
                <p className="text-sm text-gray-700">
                  {notice.unread ? <strong>{t("whatsNew.unread")}</strong> : t("whatsNew.seen")}
                  {" · "}
                  {t("whatsNew.when", { date: notice.at })}
                </p>
                {/* Through a small redirect that marks it read, then on to the thing's own page. */}
                <Link
                  to={`/families/${familyId}/whats-new/${notice.id}`}
                  className="text-lg text-brand underline"
                >
                  {what}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link to="/settings/notices" className="text-brand underline">
          {t("whatsNew.settings")}
        </Link>
      </p>
    </div>
  );
}
