import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { canInOrganisation } from "~/modules/permissions/can";
import { requireOwnOrganisationPermission } from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "organisation:home.title", i18n: ["organisation"] };

// The admin's (and team manager's) home: where to look after staff and settings.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { organisationId, roles, scope } = await requireOwnOrganisationPermission(
    request,
    "settings",
    "view",
    { context },
  );
  return {
    organisationName: scope.names[organisationId] ?? "",
    canListFamilies: canInOrganisation(roles, "families", "list"),
  };
}

export default function OrganisationHome() {
  const { t } = useTranslation("organisation");
  const { organisationName, canListFamilies } = useLoaderData<typeof loader>();
  const links = [
    { to: "/organisation/staff", label: t("home.staff"), hint: t("home.staffHint") },
    { to: "/organisation/settings", label: t("home.settings"), hint: t("home.settingsHint") },
    ...(canListFamilies
      ? [{ to: "/organisation/families", label: t("home.families"), hint: t("home.familiesHint") }]
      : []),
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("home.title")}</h1>
      <p>{isolatedName((slot) => t("home.intro", { name: slot }), organisationName)}</p>
      <ul className="space-y-3">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="block rounded border-2 border-brand bg-white p-4 hover:bg-blue-50">
              <span className="block text-lg font-bold text-brand underline">{link.label}</span>
              <span>{link.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
