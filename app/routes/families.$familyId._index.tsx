import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getFamilyHome } from "~/modules/family/family.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "family:home.title" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "family", "view");
  const [family, formatDate] = await Promise.all([getFamilyHome({ familyId: access.familyId }), dateFormatter(request)]);
  return {
    familyId: access.familyId,
    personName: access.person.name,
    role: access.role,
    organisation: family.organisation.name,
    children: family.children.map((child) => ({
      id: child.id,
      firstName: child.firstName,
      born: child.dateOfBirth ? formatDate(child.dateOfBirth) : null,
      due: child.dueDate ? formatDate(child.dueDate) : null,
    })),
    canSeePlan: can(access.role, "plan", "view"),
  };
}

export default function FamilyHome() {
  const { t } = useTranslation("family");
  const { familyId, personName, role, organisation, children, canSeePlan } = useLoaderData<typeof loader>();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("home.title")}</h1>
      <p>{t("home.hello", { name: personName })}</p>
      <p>{t(`home.roleIntro.${role}`)}</p>

      <section aria-labelledby="children-heading" className="space-y-2">
        <h2 id="children-heading" className="text-xl font-bold">
          {t("home.children")}
        </h2>
        <ul className="space-y-1">
          {children.map((child) => (
            <li key={child.id} className="rounded bg-white p-3">
              <strong>{child.firstName}</strong>{" "}
              {child.born ? t("home.born", { date: child.born }) : child.due ? t("home.due", { date: child.due }) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="who-heading" className="space-y-2">
        <h2 id="who-heading" className="text-xl font-bold">
          {t("home.whoHelps")}
        </h2>
        <p>{t("home.organisation", { organisation })}</p>
      </section>

      <section aria-labelledby="next-heading" className="space-y-2">
        <h2 id="next-heading" className="text-xl font-bold">
          {t("home.whereNext")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {canSeePlan ? (
            <li>
              <Link to={`/families/${familyId}/plan`} className="text-brand underline">
                {t("home.links.plan")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={`/families/${familyId}/network`} className="text-brand underline">
              {t("home.links.network")}
            </Link>
          </li>
          <li>
            <Link to={`/families/${familyId}/help`} className="text-brand underline">
              {t("home.links.help")}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
