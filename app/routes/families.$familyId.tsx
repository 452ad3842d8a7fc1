import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FamilyNav } from "~/components/layout/family-nav";
import { Link } from "~/components/link";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { formatDay, requestLanguage } from "~/utils/dates.server";

export const handle: RouteHandle = { i18n: ["family"] };

// Layout loaders do not protect child routes (Remix runs them in parallel): every child guards
// itself and records the request's one audit row, so the layout records none.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "family", "view", {
    context,
    audit: "later",
  });
  const family = { id: access.familyId, name: access.familyName };
  // In the order people use them: the first ones make the phone's top row (FamilyNav).
  const sections = [
    { to: "", key: "home", show: true },
    { to: "plan", key: "plan", show: can(access, "plan", "view") },
    { to: "rules", key: "rules", show: can(access, "rules", "view") },
    { to: "meetings", key: "meetings", show: can(access, "meetings", "view") },
    { to: "commitments", key: "commitments", show: can(access, "commitments", "view") },
    { to: "network", key: "network", show: can(access, "network", "view") },
    { to: "help", key: "help", show: can(access, "help", "view") },
    { to: "questions", key: "questions", show: can(access, "questions", "view") },
    { to: "kinship/diary", key: "diary", show: can(access, "diary", "view") },
    { to: "kinship/contact", key: "contact", show: can(access, "contact", "view") },
    { to: "share", key: "share", show: can(access, "help", "share") },
    { to: "advisers", key: "advisers", show: can(access, "adviserAccess", "view") },
    { to: "whats-new", key: "whatsNew", show: true },
  ];
  // An ended plan: every page says so, until when it can be read, and where to get a copy.
  const ended = access.planEnded
    ? {
        until: formatDay(access.planEnded.accessEndsAt, await requestLanguage(request)),
        canRestart: can(access, "plan", "end"),
      }
    : null;
  return {
    family,
    ended,
    role: access.role,
    sections: sections.filter((section) => section.show).map(({ to, key }) => ({ to, key })),
  };
}

export default function FamilyLayout() {
  const { t } = useTranslation("family");
  const { family, ended, role, sections } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-lg font-bold">
          <bdi>{family.name}</bdi>
        </p>
        <p className="text-sm text-gray-700">{t("layout.yourRole", { role: t(`common:roles.${role}`) })}</p>
      </div>
      {ended ? (
        <section
          aria-labelledby="plan-ended"
          className="space-y-2 border-l-4 border-amber-600 bg-amber-50 p-3"
        >
          <h2 id="plan-ended" className="text-lg font-bold">
            {t("layout.ended.title")}
          </h2>
          <p>{t("layout.ended.body", { date: ended.until })}</p>
          <p>{t("layout.ended.after")}</p>
          <p>
            <Link to="/settings/my-data" className="text-brand underline">
              {t("layout.ended.copy")}
            </Link>
          </p>
          {ended.canRestart ? (
            <p>
              <Link to={`/families/${family.id}/plan-end`} className="text-brand underline">
                {t("layout.ended.manage")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <FamilyNav familyId={family.id} sections={sections} />
      <Outlet />
    </div>
  );
}
