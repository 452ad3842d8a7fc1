import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Checkboxes, Fieldset, Radios } from "~/components/forms/fieldset";
import { isReply, useServerForm } from "~/components/forms/use-server-form";
import { requirePerson } from "~/modules/auth/session.server";
import { noticeAreas, noticeModes } from "~/modules/notices/notice-events";
import {
  formValuesOf,
  noticeSettingsOf,
  parseNoticeSettingsForm,
  saveNoticeSettings,
  type NoticeSettingsInput,
} from "~/modules/notices/notice-settings.server";
import type { RouteHandle } from "~/root";
import { refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "notices:settings.title", i18n: ["notices"] };

// A person's own choice, about their own emails: any signed-in person, for themselves only.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requirePerson(request, context);
  return { values: formValuesOf(await noticeSettingsOf(person.id)) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requirePerson(request, context);
  const submission = parseNoticeSettingsForm(await readForm(request));
  if (submission.status !== "success") return refuse(submission);
  await saveNoticeSettings({ personId: person.id, input: submission.value });
  return { saved: true as const };
}

export default function NoticeSettings() {
  const { t } = useTranslation("notices");
  const { values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useServerForm<NoticeSettingsInput>({
    id: "notice-settings",
    lastResult: isReply(actionData) ? actionData : null,
    defaultValue: values,
  });
  const saved = actionData && "saved" in actionData;
  const modeOptions = noticeModes.map((mode) => ({ value: mode, label: t(`settings.mode.${mode}`) }));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("settings.title")}</h1>
      <ErrorSummary form={form} />
      {saved ? (
        <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
          {t("settings.saved")}
        </p>
      ) : null}
      <p>{t("settings.intro")}</p>
      <Form id={form.id} method="post" noValidate className="space-y-3 rounded bg-white p-3">
        <Checkboxes
          meta={fields.noEmail}
          legend={t("settings.noEmailTitle")}
          hint={t("settings.noEmailHint")}
          large
          options={[{ value: "on", label: t("settings.noEmail") }]}
        />
        <Fieldset legend={t("settings.areasTitle")} large>
          {noticeAreas.map((area) => (
            <Radios
              key={area}
              meta={fields[area]}
              legend={t(`settings.area.${area}`)}
              options={modeOptions}
            />
          ))}
        </Fieldset>
        <Fieldset legend={t("settings.quietTitle")} hint={t("settings.quietHint")} large>
          <Field meta={fields.quietFrom} label={t("settings.quietFrom")} type="time" />
          <Field meta={fields.quietTo} label={t("settings.quietTo")} type="time" />
        </Fieldset>
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("settings.save")}
        </button>
      </Form>
    </div>
  );
}
