import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { useServerForm } from "~/components/forms/use-server-form";
import { planEndAction, planEndPage } from "~/modules/family/plan-end-page.server";
import type { EndPlanInput } from "~/modules/family/plan-end.schema.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "plan-end:title", i18n: ["plan-end"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return planEndPage({ request, familyIdParam: params.familyId, context });
}

export async function action({ request, params }: ActionFunctionArgs) {
  return planEndAction({ request, familyIdParam: params.familyId });
}

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]";

export default function PlanEnd() {
  const { t } = useTranslation("plan-end");
  const { reasons, ended } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<EndPlanInput>({
    id: "plan-end",
    lastResult: useActionData<typeof action>(),
  });

  if (ended) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t("endedTitle")}</h1>
        <p>{t("endedOn", { date: ended.on, reason: t(`reasons.${ended.reason}`) })}</p>
        <p>{t("readUntil", { date: ended.until })}</p>
        <p>{t("restartIntro")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="restart" />
          <button type="submit" className={button}>
            {t("restart")}
          </button>
        </Form>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("whatHappens.readOnly")}</li>
        <li>{t("whatHappens.closes")}</li>
        <li>{t("whatHappens.deleted")}</li>
      </ul>
      <ErrorSummary form={form} />
      <Form id={form.id} method="post" noValidate className="space-y-6">
        <input type="hidden" name="intent" value="end" />
        <Radios
          meta={fields.reason}
          legend={t("reason")}
          options={reasons.map((reason) => ({ value: reason, label: t(`reasons.${reason}`) }))}
        />
        <button type="submit" className={button}>
          {t("end")}
        </button>
      </Form>
    </div>
  );
}
