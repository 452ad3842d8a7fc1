import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { removeStaffAction, removeStaffPage } from "~/modules/organisation/staff-page.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "organisation:remove.title", i18n: ["organisation"] };

// The confirm step before removing someone: a page of its own, so it works without JavaScript.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return removeStaffPage({ request, context, staffIdParam: params.staffId });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return removeStaffAction({ request, context, staffIdParam: params.staffId });
}

export default function RemoveStaff() {
  const { t } = useTranslation("organisation");
  const { member } = useLoaderData<typeof loader>();
  const [form] = useServerForm({ id: "remove-staff", lastResult: useActionData<typeof action>() });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/organisation/staff" className="text-brand underline">
          {t("staff.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("remove.title")}</h1>
      <ErrorSummary form={form} />
      <dl className="rounded border-2 border-gray-500 bg-white p-3">
        <dt className="font-bold">{t("staff.name")}</dt>
        <dd>
          <bdi>{member.name}</bdi>
        </dd>
        <dt className="font-bold">{t("staff.email")}</dt>
        <dd className="break-all">{member.email}</dd>
        <dt className="font-bold">{t("staff.role")}</dt>
        <dd>{t(`roles.${member.role}`)}</dd>
        <dt className="font-bold">{t("staff.since")}</dt>
        <dd>{member.since}</dd>
      </dl>
      <p>{isolatedName((slot) => t("remove.intro", { name: slot }), member.name)}</p>
      <Form method="post" id={form.id} className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          name="confirm"
          value="yes"
          className="rounded bg-red-700 px-4 py-2 font-bold text-white shadow-[0_2px_0_#5c0a0a]"
        >
          {t("remove.confirm")}
        </button>
        <Link to="/organisation/staff" className="text-brand underline">
          {t("remove.cancel")}
        </Link>
      </Form>
    </div>
  );
}
