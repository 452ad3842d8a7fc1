import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Fieldset, Radios } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { addStaffAction, addStaffPage } from "~/modules/organisation/staff-page.server";
import { organisationRoles } from "~/modules/permissions/matrix";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "organisation:add.title", i18n: ["organisation"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  return addStaffPage({ request, context });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return addStaffAction({ request, context });
}

export default function AddStaff() {
  const { t } = useTranslation("organisation");
  const { organisationName, partners } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm({ id: "add-staff", lastResult: useActionData<typeof action>() });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/organisation/staff" className="text-brand underline">
          {t("staff.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("add.title")}</h1>
      <p>{isolatedName((slot) => t("add.intro", { name: slot }), organisationName)}</p>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <Field meta={fields.name} label={t("add.name")} autoComplete="off" />
        <Field
          meta={fields.email}
          type="email"
          label={t("add.email")}
          hint={t("add.emailHint")}
          autoComplete="off"
          spellCheck={false}
        />
        <Radios
          meta={fields.role}
          legend={t("add.role")}
          options={organisationRoles.map((role) => ({
            value: role,
            label: t(`roles.${role}`),
            hint: t(`add.roleHint.${role}`),
          }))}
        />
        <Fieldset legend={t("add.partner")} hint={t("add.partnerHint")}>
          {partners.length > 0 ? (
            <SelectField
              meta={fields.partnerId}
              label={t("add.partnerPick")}
              placeholder={t("add.partnerNone")}
              options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
            />
          ) : null}
          <Field meta={fields.partnerName} label={t("add.partnerNew")} autoComplete="off" />
        </Fieldset>
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("add.send")}
        </button>
      </CreateForm>
    </div>
  );
}
