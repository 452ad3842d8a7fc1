import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ChildrenList } from "~/components/family/children-list";
import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { useServerForm } from "~/components/forms/use-server-form";
import { openSpaceAction, requireOpener } from "~/modules/family/family-space-page.server";
import type { OpenFamilySpaceFields } from "~/modules/family/family-space.schema.server";
import { planCategories } from "~/modules/plan/plan.constants";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "family-space:open.title", i18n: ["family-space"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { organisationId, scope } = await requireOpener(request, context);
  return { organisation: scope.names[organisationId] ?? "" };
}

export const action = ({ request, context }: ActionFunctionArgs) => openSpaceAction({ request, context });

export default function OpenFamilySpace() {
  const { t } = useTranslation("family-space");
  const { organisation } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<OpenFamilySpaceFields>({
    id: "open-space",
    lastResult: useActionData<typeof action>(),
    defaultValue: { children: [{ born: "" }] },
  });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("open.title")}</h1>
      <p>{t("open.intro", { organisation })}</p>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <Field meta={fields.name} label={t("open.name")} hint={t("open.nameHint")} autoComplete="off" />
        <ChildrenList form={form} />
        <Radios
          meta={fields.category}
          legend={t("open.category")}
          options={planCategories.map((category) => ({ value: category, label: t(`category.${category}`) }))}
        />
        <Field
          meta={fields.conferenceDate}
          type="date"
          label={t("open.conferenceDate")}
          hint={t("open.conferenceDateHint")}
        />
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("open.submit")}
        </button>
      </CreateForm>
    </div>
  );
}
