import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { SharedWithYou } from "~/components/sharing/shared-with-you";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { listShareableArticles, listShareableServices } from "~/modules/sharing/catalogue.server";
import { shareKinds } from "~/modules/sharing/share-kinds";
import {
  parseShareForm,
  sharedWithYou,
  shareResource,
  withdrawResource,
} from "~/modules/sharing/sharing.server";
import type { RouteHandle } from "~/root";
import { requestLanguage } from "~/utils/dates.server";
import { IdSchema } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "kinship:sharing.title", i18n: ["kinship"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "help", "share", { context });
  const language = await requestLanguage(request);
  const [articles, services, shared] = await Promise.all([
    listShareableArticles(language),
    listShareableServices(language),
    sharedWithYou(request, access),
  ]);
  return { familyName: access.familyName, articles, services, shared };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "help", "share");
  const form = await readForm(request);
  if (form.get("intent") === "withdraw") {
    const id = IdSchema.safeParse(form.get("id"));
    if (!id.success || !(await withdrawResource({ access, id: id.data, request })))
      throw new Response(null, { status: 404 });
    return redirect(`/families/${access.familyId}/share?done=withdrawn`);
  }
  const parsed = await parseShareForm(form);
  if (!parsed.ok) return parsed.refused;
  await saveOnce({ personId: access.person.id, kind: "share", form }, () =>
    shareResource({ access, input: parsed.data, request }),
  );
  return redirect(`/families/${access.familyId}/share?done=shared`);
}

export default function SharePage() {
  const { t } = useTranslation("kinship");
  const { familyName, articles, services, shared } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm({ id: "share", lastResult: useActionData<typeof action>() });
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const choices = (items: typeof articles) =>
    items.map((item) => ({ value: item.ref, label: item.titleKey ? t(item.titleKey) : item.title }));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("sharing.title")}</h1>
      <p>{isolatedName((name) => t("sharing.intro", { name }), familyName)}</p>
      {done === "shared" || done === "withdrawn" ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t(`sharing.done.${done}`)}
        </p>
      ) : null}
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate className="rounded border-2 border-gray-300 bg-white p-4">
        <Radios
          meta={fields.kind}
          legend={t("sharing.kind")}
          options={shareKinds.map((kind) => ({ value: kind, label: t(`sharing.kindChoice.${kind}`) }))}
        />
        <Field
          meta={fields.url}
          type="url"
          label={t("sharing.url")}
          hint={t("sharing.urlHint")}
          autoComplete="off"
          spellCheck={false}
        />
        <Field meta={fields.linkTitle} label={t("sharing.linkTitle")} autoComplete="off" />
        <SelectField
          meta={fields.article}
          label={t("sharing.article")}
          placeholder={t("sharing.choose")}
          options={choices(articles)}
          className="w-full max-w-md"
        />
        <SelectField
          meta={fields.service}
          label={t("sharing.service")}
          placeholder={t("sharing.choose")}
          options={choices(services)}
          className="w-full max-w-md"
        />
        <TextareaField meta={fields.note} label={t("sharing.note")} hint={t("sharing.noteHint")} rows={4} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("sharing.submit")}
        </button>
      </CreateForm>
      <SharedWithYou
        items={shared}
        withdrawForm={(item) => (
          <Form method="post" className="mt-2">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="id" value={item.id} />
            <button type="submit" className="rounded border-2 border-gray-800 bg-white px-3 py-1 font-bold">
              {t("sharing.withdraw")}
              <span className="sr-only">: {item.titleKey ? t(item.titleKey) : item.title}</span>
            </button>
          </Form>
        )}
      />
    </div>
  );
}
