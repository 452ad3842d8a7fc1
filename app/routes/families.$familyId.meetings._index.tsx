import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { useServerForm } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/meetings/done-notice";
import { explainerSlug } from "~/modules/meetings/meeting-kinds";
import { StrategySchema, type StrategyInput } from "~/modules/meetings/meetings.schema.server";
import { familyTimescales, listMeetings, setStrategyDiscussion } from "~/modules/meetings/meetings.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "meetings:title", i18n: ["meetings"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  const isWorker = can(access.role, "meetings", "schedule");
  const [meetings, language, timescales] = await Promise.all([
    listMeetings({ access }),
    requestLanguage(request),
    familyTimescales({ access }),
  ]);
  const format = meetingFormatter(language);
  const review = timescales.due.find((row) => row.kind === "REVIEW_CONFERENCE");
  return {
    familyId: access.familyId,
    isWorker,
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      kind: meeting.kind,
      slug: explainerSlug(meeting.kind),
      when: format.starts(meeting.startsAt),
      cancelled: meeting.status === "CANCELLED",
      past: meeting.past,
      latePapers: meeting.latePapers,
      notReceived: meeting.notReceived,
    })),
    nextReview: review ? format.isoDay(review.dueBy) : null,
    // Only the practitioner is asked to act on what is due; the family sees the review date.
    due: isWorker
      ? timescales.due.map((row) => ({
          kind: row.kind,
          dueBy: format.isoDay(row.dueBy),
          bookedOn: row.bookedOn ? format.isoDay(row.bookedOn) : null,
          late: row.late,
        }))
      : [],
    strategyDiscussion: timescales.strategyDiscussion,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "schedule");
  const submission = parseSubmission(await readForm(request), StrategySchema);
  if (submission.status !== "success") return refuse(submission);
  await setStrategyDiscussion({ access, date: submission.value.strategyDiscussion });
  return redirect(`/families/${access.familyId}/meetings?done=strategy`);
}

export default function MeetingsPage() {
  const { t } = useTranslation("meetings");
  const { familyId, isWorker, meetings, nextReview, due, strategyDiscussion } =
    useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<StrategyInput>({
    id: "strategy",
    lastResult: useActionData<typeof action>(),
    defaultValue: { strategyDiscussion: strategyDiscussion ?? "" },
  });
  const [search] = useSearchParams();
  const done = search.get("done");
  const upcoming = meetings.filter((meeting) => !meeting.past);
  const past = meetings.filter((meeting) => meeting.past);

  const list = (rows: typeof meetings) => (
    <ul className="space-y-2">
      {rows.map((meeting) => (
        <li key={meeting.id} className="rounded bg-white p-3 break-words">
          <Link
            to={`/families/${familyId}/meetings/${meeting.id}`}
            className="font-bold text-brand underline"
          >
            {t(`kinds.${meeting.kind}`)}
          </Link>
          <p>
            {meeting.when}
            {meeting.cancelled ? <strong className="ml-2 text-red-800">{t("list.cancelled")}</strong> : null}
          </p>
          {meeting.latePapers > 0 ? (
            <p className="font-bold text-red-800">{t("list.latePapers", { count: meeting.latePapers })}</p>
          ) : null}
          {isWorker && meeting.notReceived > 0 ? (
            <p className="font-bold text-red-800">{t("list.notReceived", { count: meeting.notReceived })}</p>
          ) : null}
          <Link to={`/meeting-guide#${meeting.slug}`} className="text-sm text-brand underline">
            {t("explainer.readMore")}
          </Link>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <DoneNotice
        text={
          done === "strategy"
            ? t("timescales.strategySaved")
            : done === "cancelled"
              ? t("change.cancelled")
              : null
        }
      />
      <p>{isWorker ? t("list.introWorker") : t("list.intro")}</p>
      {nextReview ? <p className="font-bold">{t("timescales.nextReview", { date: nextReview })}</p> : null}
      {isWorker ? (
        <p>
          <Link
            to={`/families/${familyId}/meetings/new`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("list.book")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="upcoming-heading" className="space-y-2">
        <h2 id="upcoming-heading" className="text-xl font-bold">
          {t("list.upcoming")}
        </h2>
        {upcoming.length === 0 ? <p>{t("list.none")}</p> : list(upcoming)}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past-heading" className="space-y-2">
          <h2 id="past-heading" className="text-xl font-bold">
            {t("list.past")}
          </h2>
          {list(past)}
        </section>
      ) : null}

      {isWorker ? (
        <section aria-labelledby="due-heading" className="space-y-2">
          <h2 id="due-heading" className="text-xl font-bold">
            {t("timescales.title")}
          </h2>
          <p className="text-sm text-gray-700">{t("timescales.workingDays")}</p>
          {due.length === 0 ? <p>{t("timescales.noDates")}</p> : null}
          <ul className="space-y-2">
            {due.map((row) => (
              <li
                key={row.kind}
                className={`rounded bg-white p-3 ${row.late ? "border-l-4 border-red-700" : ""}`}
              >
                <p>{t("timescales.due", { kind: t(`kinds.${row.kind}`), date: row.dueBy })}</p>
                {row.bookedOn ? <p>{t("timescales.booked", { date: row.bookedOn })}</p> : null}
                {row.late ? (
                  <p className="font-bold text-red-800">{t("timescales.notBooked", { date: row.dueBy })}</p>
                ) : null}
              </li>
            ))}
          </ul>
          <ErrorSummary form={form} />
          <Form id={form.id} method="post" noValidate>
            <Field
              meta={fields.strategyDiscussion}
              label={t("timescales.strategyLabel")}
              hint={t("timescales.strategyHint")}
              inputMode="numeric"
              autoComplete="off"
            />
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("timescales.strategySave")}
            </button>
          </Form>
        </section>
      ) : null}

      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link to="/meeting-guide" className="text-brand underline">
            {t("list.aboutKinds")}
          </Link>
        </li>
        <li>
          <Link to="/settings/calendar" className="text-brand underline">
            {t("list.calendarLink")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
