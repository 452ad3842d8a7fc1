import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Checkboxes } from "~/components/forms/fieldset";
import { replyFor, useServerForm } from "~/components/forms/use-server-form";
import { requirePerson } from "~/modules/auth/session.server";
import {
  calendarSettings,
  parseCalendarSettingsForm,
  setCalendarShowsPlace,
  type CalendarPlaceInput,
} from "~/modules/meetings/calendar-settings.server";
import { resetFeed } from "~/modules/meetings/calendar.server";
import type { RouteHandle } from "~/root";
import { refuse } from "~/utils/forms.server";
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
  const submission = parseCalendarSettingsForm(await readForm(request));
  if (submission.status !== "success") return refuse(submission);
  if (submission.value.intent === "reset") return { url: await resetFeed(person.id) };
  await setCalendarShowsPlace({ personId: person.id, showPlace: submission.value.showPlace === "on" });
  return { showPlaceSaved: true };
}

export default function CalendarSettings() {
  const { t } = useTranslation("meetings");
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [placeForm, placeFields] = useServerForm<CalendarPlaceInput>({
    id: "calendar-place",
    lastResult: replyFor(actionData, "place"),
    defaultValue: { showPlace: loaded.showPlace ? "on" : undefined },
  });
  const url = actionData && "url" in actionData ? actionData.url : undefined;
  const hasFeed = loaded.hasFeed || Boolean(url);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("feed.title")}</h1>
      <ErrorSummary form={placeForm} />
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
      <Form id={placeForm.id} method="post" noValidate className="space-y-3 rounded bg-white p-3">
        <input type="hidden" name="intent" value="place" />
        {actionData && "showPlaceSaved" in actionData ? (
          <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
            {t("feed.placeSaved")}
          </p>
        ) : null}
        <Checkboxes
          meta={placeFields.showPlace}
          legend={t("feed.placeTitle")}
          large
          options={[{ value: "on", label: t("feed.showPlace"), hint: t("feed.showPlaceHint") }]}
        />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("feed.placeSave")}
        </button>
      </Form>
    </div>
  );
}
