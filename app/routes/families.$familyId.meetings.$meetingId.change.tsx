import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ConflictPage } from "~/components/forms/conflict-page";
import { isReply } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { CancelMeetingForm, MoveMeetingForm } from "~/components/meetings/change-forms";
import { MeetingChangeSchema, meetingWhenSchema } from "~/modules/meetings/meetings.schema.server";
import { cancelMeeting, getMeeting, moveMeeting } from "~/modules/meetings/meetings.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
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

/** The meeting as the move form shows it: UK date and times. */
function formValues(meeting: { startsAt: Date; endsAt: Date; place: string; onlineLink: string }) {
  const start = ukParts(meeting.startsAt);
  return {
    date: start.date,
    start: start.time,
    end: ukParts(meeting.endsAt).time,
    place: meeting.place,
    onlineLink: meeting.onlineLink,
  };
}

const whenFields = ["date", "start", "end", "place", "onlineLink"] as const;

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
    sequence: String(meeting.sequence),
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
  let outcome;
  if (change.data.intent === "cancel") {
    outcome = await cancelMeeting({ access, meetingId: meeting.id, sequence: change.data.sequence });
  } else {
    const submission = parseSubmission(form, meetingWhenSchema(new Date()));
    if (submission.status !== "success") return refuse(submission);
    outcome = await moveMeeting({
      access,
      meetingId: meeting.id,
      sequence: change.data.sequence,
      input: submission.value,
    });
  }
  if (outcome.ok) {
    return change.data.intent === "cancel"
      ? redirect(`/families/${access.familyId}/meetings?done=cancelled`)
      : redirect(`/families/${access.familyId}/meetings/${meeting.id}?done=moved`);
  }
  if (outcome.error === "not-found") throw notFound();
  // Someone else changed it first. The page shows the meeting as it is now (or that it is
  // cancelled), and keeps what was typed in a form based on that version.
  const typed = Object.fromEntries(whenFields.map((name) => [name, String(form.get(name) ?? "")]));
  return data({ conflict: outcome.error, intent: change.data.intent, typed }, { status: 409 });
}

export default function ChangeMeeting() {
  const { t } = useTranslation("meetings");
  const { familyId, meeting, sequence, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const reply = isReply(actionData) ? actionData : null;
  const conflict = actionData && !isReply(actionData) ? actionData : null;
  const title = <h1 className="text-3xl font-bold">{t("change.title")}</h1>;
  const summary = (
    <>
      <p className="font-bold">{t(`kinds.${meeting.kind}`)}</p>
      <p>{t("detail.timeRange", meeting.when)}</p>
    </>
  );

  if (meeting.cancelled)
    return (
      <div className="space-y-6">
        {title}
        {summary}
        <p role={conflict ? "alert" : undefined} className="rounded bg-yellow-100 p-2 font-bold">
          {t("change.isCancelled")}
        </p>
      </div>
    );

  if (conflict)
    return (
      <ConflictPage
        back={
          <Link to={`/families/${familyId}/meetings/${meeting.id}`} className="text-brand underline">
            {t("change.back")}
          </Link>
        }
        title={t("change.conflictTitle")}
        intro={t("change.conflict")}
        theirsTitle={t("change.nowTitle")}
        theirs={
          <div dir="auto" className="[overflow-wrap:anywhere]">
            {summary}
            {values.place ? <p>{values.place}</p> : null}
            {values.onlineLink ? <p>{values.onlineLink}</p> : null}
          </div>
        }
        mineTitle={t("change.yourChange")}
        mineHint={conflict.intent === "move" ? t("change.yourMoveHint") : t("change.yourCancelHint")}
        form={
          conflict.intent === "move" ? (
            <MoveMeetingForm sequence={sequence} lastResult={null} defaultValue={conflict.typed} />
          ) : (
            <CancelMeetingForm sequence={sequence} />
          )
        }
      />
    );

  return (
    <div className="space-y-6">
      {title}
      {summary}
      <section aria-labelledby="move-heading">
        <h2 id="move-heading" className="mb-2 text-xl font-bold">
          {t("change.moveTitle")}
        </h2>
        <MoveMeetingForm sequence={sequence} lastResult={reply} defaultValue={values} />
      </section>
      <section aria-labelledby="cancel-heading" className="space-y-2">
        <h2 id="cancel-heading" className="text-xl font-bold">
          {t("change.cancelTitle")}
        </h2>
        <p>{t("change.cancelHint")}</p>
        <CancelMeetingForm sequence={sequence} />
      </section>
    </div>
  );
}
