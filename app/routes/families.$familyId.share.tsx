import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyFieldShell as FieldShell,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
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
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveOnce({ personId: access.person.id, kind: "share", form }, () =>
    shareResource({ access, input: parsed.data, request }),
  );
  return redirect(`/families/${access.familyId}/share?done=shared`);
}

export default function SharePage() {
  const { t } = useTranslation("kinship");
  const { familyName, articles, services, shared } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const done = searchParams.get("done");

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("sharing.title")}</h1>
      <p>{isolatedName((name) => t("sharing.intro", { name }), familyName)}</p>
      {done === "shared" || done === "withdrawn" ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t(`sharing.done.${done}`)}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <CreateForm noValidate className="rounded border-2 border-gray-300 bg-white p-4">
        <fieldset
          className={`mb-5 ${errors.kind ? "border-l-4 border-red-700 pl-3" : ""}`}
          aria-describedby={errors.kind ? "kind-error" : undefined}
        >
          <legend className="font-bold">{t("sharing.kind")}</legend>
          {errors.kind ? (
            <p id="kind-error" className="font-bold text-red-700">
              <span className="sr-only">{t("errors:prefix")}: </span>
              {t(errors.kind)}
            </p>
          ) : null}
          {shareKinds.map((kind, index) => (
            <div key={kind} className="mt-2 flex items-start gap-2">
              <input
                type="radio"
                name="kind"
                value={kind}
                id={index === 0 ? "kind" : `kind-${kind}`}
                defaultChecked={values.kind === kind}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={index === 0 ? "kind" : `kind-${kind}`}>{t(`sharing.kindChoice.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
        <Field
          name="url"
          type="url"
          label={t("sharing.url")}
          hint={t("sharing.urlHint")}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.url ?? ""}
          error={errors.url}
        />
        <Field
          name="linkTitle"
          label={t("sharing.linkTitle")}
          autoComplete="off"
          defaultValue={values.linkTitle ?? ""}
          error={errors.linkTitle}
        />
        <FieldShell id="article" label={t("sharing.article")} error={errors.article}>
          {({ describedBy, invalid }) => (
            <select
              id="article"
              name="article"
              defaultValue={values.article ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="mt-1 block w-full max-w-md rounded border-2 border-gray-800 px-2 py-2"
            >
              <option value="">{t("sharing.choose")}</option>
              {articles.map((article) => (
                <option key={article.ref} value={article.ref}>
                  {article.titleKey ? t(article.titleKey) : article.title}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell id="service" label={t("sharing.service")} error={errors.service}>
          {({ describedBy, invalid }) => (
            <select
              id="service"
              name="service"
              defaultValue={values.service ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="mt-1 block w-full max-w-md rounded border-2 border-gray-800 px-2 py-2"
            >
              <option value="">{t("sharing.choose")}</option>
              {services.map((service) => (
                <option key={service.ref} value={service.ref}>
                  {service.titleKey ? t(service.titleKey) : service.title}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <TextareaField
          name="note"
          label={t("sharing.note")}
          hint={t("sharing.noteHint")}
          defaultValue={values.note ?? ""}
          error={errors.note}
          rows={4}
        />
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
