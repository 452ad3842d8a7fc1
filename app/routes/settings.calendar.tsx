import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requirePerson } from "~/modules/auth/session.server";
import { hasFeed, resetFeed } from "~/modules/meetings/calendar.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "meetings:feed.title", hydrate: false, i18n: ["meetings"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requirePerson(request, context);
  return { hasFeed: await hasFeed(person.id) };
}

/** Makes a new link (the first one, or a reset that stops the old one). Shown this once only. */
export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requirePerson(request, context);
  await readForm(request);
  return { url: await resetFeed(person.id) };
}

export default function CalendarSettings() {
  const { t } = useTranslation("meetings");
  const { hasFeed } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("feed.title")}</h1>
      <p>{t("feed.intro")}</p>
      {actionData?.url ? (
        <div className="space-y-2 rounded border-l-4 border-green-700 bg-white p-3">
          <label htmlFor="feed-url" className="block font-bold">
            {t("feed.yourLink")}
          </label>
          <input id="feed-url" readOnly value={actionData.url} className="block w-full rounded border-2 border-gray-800 px-2 py-2" />
          <p>{t("feed.how")}</p>
        </div>
      ) : (
        <p>{hasFeed ? t("feed.have") : t("feed.none")}</p>
      )}
      <Form method="post">
        {hasFeed || actionData?.url ? <p className="mb-2 text-sm text-gray-700">{t("feed.resetHint")}</p> : null}
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {hasFeed || actionData?.url ? t("feed.reset") : t("feed.create")}
        </button>
      </Form>
    </div>
  );
}
