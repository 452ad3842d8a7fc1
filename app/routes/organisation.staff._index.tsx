import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { staffListPage } from "~/modules/organisation/staff-page.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "organisation:staff.title", i18n: ["organisation"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  return staffListPage({ request, context });
}

const notices = ["added", "removed"] as const;

export default function StaffList() {
  const { t } = useTranslation("organisation");
  const { staff, canAdd, canRemove } = useLoaderData<typeof loader>();
  const done = useSearchParams()[0].get("done");
  const notice = notices.find((one) => one === done);
  return (
    <div className="space-y-6">
      <p>
        <Link to="/organisation" className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("staff.title")}</h1>
      {notice ? (
        <p role="status" className="rounded bg-green-100 p-3">
          {t(`staff.done.${notice}`)}
        </p>
      ) : null}
      {canAdd ? (
        <p>
          <Link
            to="/organisation/staff/new"
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
          >
            {t("staff.add")}
          </Link>
        </p>
      ) : null}
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("staff.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-800">
            <th scope="col" className="py-2 pr-3">
              {t("staff.name")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("staff.email")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("staff.role")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("staff.since")}
            </th>
            {canRemove ? (
              <th scope="col" className="py-2">
                <span className="sr-only">{t("staff.actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id} className="border-b border-gray-400 align-top">
              <td className="py-2 pr-3">
                <bdi>{member.name}</bdi>
                {member.partner ? (
                  <span className="block text-sm text-gray-700">
                    <bdi>{member.partner}</bdi>
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-3 break-all">{member.email}</td>
              <td className="py-2 pr-3">{t(`roles.${member.role}`)}</td>
              <td className="py-2 pr-3">{member.since}</td>
              {canRemove ? (
                <td className="py-2">
                  <Link to={`/organisation/staff/${member.id}`} className="text-brand underline">
                    {t("staff.remove")}
                    <span className="sr-only">
                      {" "}
                      <bdi>{member.name}</bdi>
                    </span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
