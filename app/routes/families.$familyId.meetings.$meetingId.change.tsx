import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LegacyErrorSummary as ErrorSummary } from "~/components/forms/legacy";
import { MeetingWhenFields } from "~/components/meetings/when-fields";
import {
  MeetingChangeSchema,
  meetingErrors,
  meetingWhenSchema,
} from "~/modules/meetings/meetings.schema.server";
import { cancelMeeting, getMeeting, moveMeeting } from "~/modules/meetings/meetings.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { parseForm } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { ukParts } from "~/utils/uk-time";

export const handle: RouteHandle = { titleKey: "meetings:change.title", i18n: ["meetings"] };

async function current(
  request: Request,
  familyId: string | undefined,
  meetingIdParam: string | undefined,
  context?: unknown,
) {
  const access = await requireFamilyPermission(request, familyId, "meetings", "schedule", { context });
  const meetingId = requireIdParam(meetingIdParam);
  const meeting = await getMeeting({ access, meetingId: meetingId });
  if (!meeting) throw notFound();
  return { access, meeting };
}

/** The meeting as the form shows it: UK date and times. */
function formValues(meeting: {
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  sequence: number;
}) {
  const start = ukParts(meeting.startsAt);
  return {
    date: start.date,
    start: start.time,
    end: ukParts(meeting.endsAt).time,
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    sequence: String(meeting.sequence),
  };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, meeting } = await current(request, params.familyId, params.meetingId, context);
  const format = meetingFormatter(await requestLanguage(request));
  return {
    familyId: access.familyId,
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      cancelled: meeting.status === "CANCELLED",
      when: {
        date: format.day(meeting.startsAt),
        start: format.clock(meeting.startsAt),
        end: format.clock(meeting.endsAt),
      },
    },
    values: formValues(meeting),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { access, meeting } = await current(request, params.familyId, params.meetingId);
  const form = await readForm(request);
  const change = MeetingChangeSchema.safeParse({
    intent: form.get("intent"),
    sequence: form.get("sequence"),
  });
  if (!change.success) throw notFound();
  const typed = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  let outcome;
  if (change.data.intent === "cancel") {
    outcome = await cancelMeeting({ access, meetingId: meeting.id, sequence: change.data.sequence });
  } else {
    const parsed = parseForm(form, meetingWhenSchema(new Date()));
    if (!parsed.ok)
      return data(
        { errors: meetingErrors(parsed.errors), values: parsed.values, conflict: false },
        { status: 400 },
      );
    outcome = await moveMeeting({
      access,
      meetingId: meeting.id,
      sequence: change.data.sequence,
      input: parsed.data,
    });
  }
  if (outcome.ok) {
    return change.data.intent === "cancel"
      ? redirect(`/families/${access.familyId}/meetings?done=cancelled`)
      : redirect(`/families/${access.familyId}/meetings/${meeting.id}?done=moved`);
  }
  if (outcome.error === "not-found") throw notFound();
  // Someone else changed it first: show the meeting as it is now, keep what was typed.
  const errors = {
    form: outcome.error === "cancelled" ? "meetings:change.isCancelled" : "meetings:change.conflict",
  };
  return data(
    { errors, values: { ...typed, sequence: String(meeting.sequence) }, conflict: true },
    { status: 409 },
  );
}

export default function ChangeMeeting() {
  const { t } = useTranslation("meetings");
  const { meeting, values: saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values: Record<string, string | undefined> = actionData?.values ?? saved;
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("change.title")}</h1>
      <p className="font-bold">{t(`kinds.${meeting.kind}`)}</p>
      <p>{t("detail.timeRange", meeting.when)}</p>
      <ErrorSummary errors={actionData?.errors} />
      {meeting.cancelled ? (
        <p className="rounded bg-yellow-100 p-2 font-bold">{t("change.isCancelled")}</p>
      ) : (
        <>
          <section aria-labelledby="move-heading">
            <h2 id="move-heading" className="mb-2 text-xl font-bold">
              {t("change.moveTitle")}
            </h2>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="move" />
              <input type="hidden" name="sequence" value={saved.sequence} />
              <MeetingWhenFields values={values} errors={errors} />
              <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
                {t("change.save")}
              </button>
            </Form>
          </section>
          <section aria-labelledby="cancel-heading" className="space-y-2">
            <h2 id="cancel-heading" className="text-xl font-bold">
              {t("change.cancelTitle")}
            </h2>
            <p>{t("change.cancelHint")}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <input type="hidden" name="sequence" value={saved.sequence} />
              <button type="submit" className="rounded bg-red-800 px-4 py-2 font-bold text-white">
                {t("change.cancel")}
              </button>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
