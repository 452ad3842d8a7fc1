import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { i18n: ["family"] };

// Layout loaders do not protect child routes (Remix runs them in parallel): every child guards
// itself and records the request's one audit row, so the layout records none.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "family", "view", { context, audit: "later" });
  const family = { id: access.familyId, name: access.familyName };
  const sections = [
    { to: "", key: "home", show: true },
    { to: "plan", key: "plan", show: can(access, "plan", "view") },
    { to: "rules", key: "rules", show: can(access, "rules", "view") },
    { to: "network", key: "network", show: can(access, "network", "view") },
    { to: "commitments", key: "commitments", show: can(access, "commitments", "view") },
    { to: "meetings", key: "meetings", show: can(access, "meetings", "view") },
    { to: "help", key: "help", show: can(access, "help", "view") },
    { to: "kinship/contact", key: "contact", show: can(access, "contact", "view") },
    { to: "kinship/diary", key: "diary", show: can(access, "diary", "view") },
    { to: "advisers", key: "advisers", show: can(access, "adviserAccess", "view") },
    { to: "share", key: "share", show: can(access, "help", "share") },
  ];
  return { family, role: access.role, sections: sections.filter((section) => section.show) };
}

export default function FamilyLayout() {
  const { t } = useTranslation("family");
  const { family, role, sections } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-lg font-bold">
          <bdi>{family.name}</bdi>
        </p>
        <p className="text-sm text-gray-700">{t("layout.yourRole", { role: t(`common:roles.${role}`) })}</p>
      </div>
      <nav aria-label={t("layout.navLabel")} className="no-print">
        <ul className="flex flex-wrap gap-2">
          {sections.map((section) => (
            <li key={section.key}>
              <NavLink
                to={section.to === "" ? `/families/${family.id}` : `/families/${family.id}/${section.to}`}
                end={section.to === ""}
                className={({ isActive }) =>
                  `inline-block rounded px-3 py-2 font-bold underline-offset-2 ${isActive ? "bg-brand text-white" : "bg-white text-brand underline"}`
                }
              >
                {t(`layout.nav.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
