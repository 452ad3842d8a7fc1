import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { requireViewer } from "~/modules/auth/session.server";
import { countPendingMemberships } from "~/modules/family/family.server";
import { staffHome } from "~/modules/organisation/menu.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "family:list.title", i18n: ["family"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { person, memberships: active, staffRoles } = await requireViewer(request, context);
  const home = staffHome(
    staffRoles,
    active.map((membership) => membership.role),
  );
  if (home) throw redirect(home);
  const memberships = active.map(({ role, familyId, familyName }) => ({
    role,
    family: { id: familyId, name: familyName },
  }));
  const pending = await countPendingMemberships(person.id);
  // Most people belong to one family: take them straight there.
  if (memberships.length === 1 && pending === 0) throw redirect(`/families/${memberships[0].family.id}`);
  return { name: person.name, memberships, pending };
}

export default function Families() {
  const { t } = useTranslation("family");
  const { name, memberships, pending } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("list.title")}</h1>
      <p>{isolatedName((slot) => t("list.hello", { name: slot }), name)}</p>
      {memberships.length === 0 && pending === 0 ? <p>{t("list.none")}</p> : null}
      {pending > 0 ? (
        <p className="rounded bg-yellow-100 p-3">{t("list.pending", { count: pending })}</p>
      ) : null}
      <ul className="space-y-3">
        {memberships.map(({ family, role }) => (
          <li key={family.id}>
            <Link
              to={`/families/${family.id}`}
              className="block rounded border-2 border-brand bg-white p-4 hover:bg-blue-50"
            >
              <span className="block text-lg font-bold text-brand underline">
                <bdi>{family.name}</bdi>
              </span>
              <span>{t("list.yourRole", { role: t(`common:roles.${role}`) })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
