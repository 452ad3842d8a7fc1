import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requirePerson } from "~/modules/auth/session.server";
import { myCopyAction } from "~/modules/my-data/my-data-page.server";
import type { RouteHandle } from "~/root";

// The copy is written on the server with each part's own words (kinds, answers, roles), so the
// parts' namespaces are declared too; the page ships no React, so they cost the browser nothing.
export const handle: RouteHandle = {
  titleKey: "my-data:title",
  i18n: ["commitments", "family", "kinship", "meetings", "my-data", "network", "plan", "rules"],
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePerson(request, context);
  return null;
}

export function action({ request, context }: ActionFunctionArgs) {
  return myCopyAction({ request, context });
}

export default function MyCopy() {
  const { t } = useTranslation("my-data");
  const actionData = useActionData<typeof action>();
  const emailSent = Boolean(actionData && "emailSent" in actionData);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("whatIsIn")}</p>
      <p>{t("whatIsNot")}</p>
      <p>{t("fileHint")}</p>
      <div className="rounded border-l-4 border-yellow-600 bg-white p-3">
        <h2 className="font-bold">{t("careTitle")}</h2>
        <p>{t("care")}</p>
      </div>
      <p>
        {/* A plain link: the download works without JavaScript, and the loader is guarded. */}
        <a
          href="/settings/my-data/download"
          download
          className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white no-underline"
        >
          {t("download")}
        </a>
      </p>
      <Form method="post" className="space-y-3 rounded bg-white p-3">
        <h2 className="text-xl font-bold">{t("emailTitle")}</h2>
        <p>{t("emailHint")}</p>
        {emailSent ? (
          <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
            {t("emailSent")}
          </p>
        ) : null}
        <input type="hidden" name="intent" value="email" />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("emailButton")}
        </button>
      </Form>
    </div>
  );
}
