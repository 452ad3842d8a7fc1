import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LegacyErrorSummary as ErrorSummary } from "~/components/forms/legacy";
import { requirePerson } from "~/modules/auth/session.server";
import {
  calendarSettings,
  parseCalendarSettingsForm,
  setCalendarShowsPlace,
} from "~/modules/meetings/calendar-settings.server";
import { resetFeed } from "~/modules/meetings/calendar.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "meetings:feed.title", i18n: ["meetings"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requirePerson(request, context);
  return calendarSettings(person.id);
}

/**
 * "reset" makes a new link (the first one, or a reset that stops the old one), shown this once
 * only. "place" saves whether the person's own calendar shows where meetings are.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requirePerson(request, context);
  const parsed = parseCalendarSettingsForm(await readForm(request));
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  if (parsed.data.intent === "reset") return { url: await resetFeed(person.id) };
  await setCalendarShowsPlace({ personId: person.id, showPlace: parsed.data.showPlace === "on" });
  return { showPlaceSaved: true };
}

export default function CalendarSettings() {
  const { t } = useTranslation("meetings");
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const url = actionData && "url" in actionData ? actionData.url : undefined;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const hasFeed = loaded.hasFeed || Boolean(url);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("feed.title")}</h1>
      <ErrorSummary errors={errors} />
      <p>{t("feed.intro")}</p>
      {url ? (
        <div className="space-y-2 rounded border-l-4 border-green-700 bg-white p-3">
          <label htmlFor="feed-url" className="block font-bold">
            {t("feed.yourLink")}
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            className="block w-full rounded border-2 border-gray-800 px-2 py-2"
          />
          <p>{t("feed.how")}</p>
        </div>
      ) : (
        <p>{hasFeed ? t("feed.have") : t("feed.none")}</p>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="reset" />
        {hasFeed ? <p className="mb-2 text-sm text-gray-700">{t("feed.resetHint")}</p> : null}
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {hasFeed ? t("feed.reset") : t("feed.create")}
        </button>
      </Form>
      <Form method="post" className="space-y-3 rounded bg-white p-3">
        <input type="hidden" name="intent" value="place" />
        <h2 className="text-xl font-bold">{t("feed.placeTitle")}</h2>
        {actionData && "showPlaceSaved" in actionData ? (
          <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
            {t("feed.placeSaved")}
          </p>
        ) : null}
        <div className={errors?.showPlace ? "border-l-4 border-red-700 pl-3" : undefined}>
          {errors?.showPlace ? (
            <p id="showPlace-error" className="font-bold text-red-700">
              {t(errors.showPlace)}
            </p>
          ) : null}
          <label className="flex items-center gap-2 font-bold">
            <input
              id="showPlace"
              type="checkbox"
              name="showPlace"
              value="on"
              defaultChecked={loaded.showPlace}
              aria-describedby={errors?.showPlace ? "showPlace-hint showPlace-error" : "showPlace-hint"}
              aria-invalid={errors?.showPlace ? true : undefined}
              className="h-5 w-5"
            />
            {t("feed.showPlace")}
          </label>
          <p id="showPlace-hint" className="text-sm text-gray-700">
            {t("feed.showPlaceHint")}
          </p>
        </div>
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("feed.placeSave")}
        </button>
      </Form>
    </div>
  );
}
