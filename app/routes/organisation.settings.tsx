import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ConflictPage } from "~/components/forms/conflict-page";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Checkboxes } from "~/components/forms/fieldset";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import {
  settingsAction,
  settingsPage,
  type SettingsConflict,
} from "~/modules/organisation/settings-page.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "organisation:settings.title", i18n: ["organisation"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  return settingsPage({ request, context });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return settingsAction({ request, context });
}

type Values = Awaited<ReturnType<typeof loader>>["values"];

function SettingsList({
  values,
  services,
}: {
  values: Values;
  services: { serviceId: string; name: string }[];
}) {
  const { t } = useTranslation("organisation");
  const shown = new Set(values.shown);
  return (
    <dl className="space-y-1">
      <dt className="font-bold">{t("settings.socialWorkPhone")}</dt>
      <dd>{values.socialWorkPhone || t("settings.none")}</dd>
      <dt className="font-bold">{t("settings.outOfHoursPhone")}</dt>
      <dd>{values.outOfHoursPhone || t("settings.none")}</dd>
      <dt className="font-bold">{t("settings.leadDays")}</dt>
      <dd>{t("settings.days", { count: Number(values.reportLeadWorkingDays) })}</dd>
      <dt className="font-bold">{t("settings.retention")}</dt>
      <dd>{t("settings.days", { count: Number(values.auditRetentionDays) })}</dd>
      <dt className="font-bold">{t("settings.readOnlyDays")}</dt>
      <dd>{t("settings.days", { count: Number(values.planEndReadOnlyDays) })}</dd>
      <dt className="font-bold">{t("settings.services")}</dt>
      <dd>
        <ul className="list-disc pl-6">
          {services
            .filter((service) => shown.has(service.serviceId))
            .map((service) => (
              <li key={service.serviceId}>{service.name}</li>
            ))}
        </ul>
      </dd>
    </dl>
  );
}

export default function OrganisationSettings() {
  const { t } = useTranslation("organisation");
  const { canChange, values, services, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const conflict = actionData && "conflict" in actionData ? (actionData.conflict as SettingsConflict) : null;
  const [form, fields] = useServerForm({ id: "settings", lastResult: actionData, defaultValue: values });
  const saved = useSearchParams()[0].get("done") === "saved";
  // After a clash the form saves on top of the version someone saved first.
  const version = conflict ? conflict.saved.version : values.version;

  const settingsForm = (
    <>
      <ErrorSummary form={form} />
      <Form method="post" id={form.id} noValidate>
        <input type="hidden" name="version" value={version} />
        <Field
          meta={fields.socialWorkPhone}
          type="tel"
          label={t("settings.socialWorkPhone")}
          hint={t("settings.socialWorkPhoneHint")}
          autoComplete="off"
        />
        <Field
          meta={fields.outOfHoursPhone}
          type="tel"
          label={t("settings.outOfHoursPhone")}
          hint={t("settings.outOfHoursPhoneHint")}
          autoComplete="off"
        />
        <Field
          meta={fields.reportLeadWorkingDays}
          inputMode="numeric"
          label={t("settings.leadDays")}
          hint={t("settings.leadDaysHint")}
          className="max-w-24"
        />
        <Field
          meta={fields.auditRetentionDays}
          inputMode="numeric"
          label={t("settings.retention")}
          hint={t("settings.retentionHint")}
          className="max-w-32"
        />
        <Field
          meta={fields.planEndReadOnlyDays}
          inputMode="numeric"
          label={t("settings.readOnlyDays")}
          hint={t("settings.readOnlyDaysHint")}
          className="max-w-24"
        />
        <Checkboxes
          meta={fields.shown}
          legend={t("settings.services")}
          hint={t("settings.servicesHint")}
          options={services.map((service) => ({ value: service.serviceId, label: service.name }))}
        />
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("settings.save")}
        </button>
      </Form>
    </>
  );

  const back = (
    <p>
      <Link to="/organisation" className="text-brand underline">
        {t("back")}
      </Link>
    </p>
  );

  if (conflict)
    return (
      <ConflictPage
        back={back}
        title={t("conflict.title")}
        intro={
          conflict.bySelf || !conflict.by
            ? t("conflict.selfIntro")
            : isolatedName((slot) => t("conflict.intro", { name: slot }), conflict.by)
        }
        theirsTitle={t("conflict.theirs")}
        theirs={<SettingsList values={conflict.saved} services={services} />}
        mineTitle={t("conflict.mine")}
        mineHint={t("conflict.mineHint")}
        form={settingsForm}
      />
    );

  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-3xl font-bold">{t("settings.title")}</h1>
      {saved ? (
        <p role="status" className="rounded bg-green-100 p-3">
          {t("settings.saved")}
        </p>
      ) : null}
      {canChange ? settingsForm : <SettingsList values={values} services={services} />}
      <section aria-labelledby="settings-history" className="space-y-2">
        <h2 id="settings-history" className="text-xl font-bold">
          {t("history.title")}
        </h2>
        <ol className="space-y-1">
          {history.map((row) => (
            <li key={row.version}>
              {row.by
                ? isolatedName(
                    (slot) => t("history.by", { version: row.version, name: slot, at: row.at }),
                    row.by,
                  )
                : t("history.setUp", { version: row.version, at: row.at })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
