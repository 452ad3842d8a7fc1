import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { isolatedName } from "~/components/isolated-name";
import { DoneNotice } from "~/components/meetings/done-notice";
import { explainerSlug, meetingAnswers, paperKinds } from "~/modules/meetings/meeting-kinds";
import {
  MarkSchema,
  meetingErrors,
  MeetingIntentSchema,
  NoteSchema,
  PaperSchema,
  ReplySchema,
} from "~/modules/meetings/meetings.schema.server";
import {
  addNote,
  addPaper,
  getMeeting,
  markPaper,
  paperState,
  reply,
} from "~/modules/meetings/meetings.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { familyPeople } from "~/modules/plan/plan.server";
import type { RouteHandle } from "~/root";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { parseForm } from "~/utils/forms.server";
import { IdSchema, notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";
import { ukParts } from "~/utils/uk-time";

export const handle: RouteHandle = { titleKey: "meetings:title", i18n: ["meetings"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  const meetingId = requireIdParam(params.meetingId);
  const [meeting, people, language] = await Promise.all([
    getMeeting({ access, meetingId: meetingId }),
    familyPeople({ familyId: access.familyId }),
    requestLanguage(request),
  ]);
  if (!meeting) throw notFound();
  const format = meetingFormatter(language);
  const isWorker = can(access.role, "meetings", "schedule");
  const today = ukParts(new Date()).date;
  const when = (row: { startsAt: Date; endsAt: Date }) => ({
    date: format.day(row.startsAt),
    start: format.clock(row.startsAt),
    end: format.clock(row.endsAt),
  });
  const canAct = meeting.isInvited && meeting.status === "SCHEDULED";
  return {
    familyId: access.familyId,
    isWorker,
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      slug: explainerSlug(meeting.kind),
      when: when(meeting),
      place: meeting.place,
      onlineLink: meeting.onlineLink,
      cancelled: meeting.status === "CANCELLED",
    },
    invited: meeting.invites.map((invite) => ({
      personId: invite.personId,
      name: people.nameOf(invite.personId) ?? "",
      // Only the practitioner sees other people's answers.
      answer:
        isWorker || invite.personId === access.person.id
          ? (meeting.latestReply.get(invite.personId)?.answer ?? null)
          : null,
    })),
    myAnswer: meeting.latestReply.get(access.person.id)?.answer ?? null,
    canReply: canAct && can(access.role, "meetings", "reply"),
    canNote: canAct && can(access.role, "meetings", "note"),
    canMark: canAct && can(access.role, "meetings", "markPapers"),
    notes: meeting.notes.map((note) => ({
      id: note.id,
      words: note.words,
      shared: note.shared,
      mine: note.personId === access.person.id,
      by: people.nameOf(note.personId) ?? "",
      at: format.moment(note.createdAt),
    })),
    papers: meeting.papers.map((paper) => {
      const state = paperState(paper, today);
      return {
        id: paper.id,
        kind: paper.kind,
        title: paper.title,
        dueOn: format.isoDay(paper.dueOn),
        received: state.received,
        late: state.late,
      };
    }),
    history: meeting.changes.map((change) => ({
      id: change.id,
      what: change.what as "BOOKED" | "MOVED" | "CANCELLED",
      by: people.nameOf(change.personId) ?? "",
      at: format.moment(change.at),
      when: when(change),
      place: change.place || change.onlineLink,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = MeetingIntentSchema.safeParse({ intent: form.get("intent") });
  // The guard runs first, whatever was posted, so an outsider learns nothing from the answer.
  const right = !intent.success
    ? "view"
    : intent.data.intent === "reply"
      ? "reply"
      : intent.data.intent === "note"
        ? "note"
        : intent.data.intent === "mark"
          ? "markPapers"
          : "schedule";
  const access = await requireFamilyPermission(request, params.familyId, "meetings", right);
  const meetingId = IdSchema.safeParse(params.meetingId);
  if (!meetingId.success || !intent.success) throw notFound();
  const back = (done: string) =>
    redirect(`/families/${access.familyId}/meetings/${meetingId.data}?done=${done}#${done}`);
  // Every intent adds a row (a reply, a note, a mark, a paper), so each posted form saves once.
  const once = <T extends boolean | { dueOn: string; lead: number } | null>(save: () => Promise<T>) =>
    saveOnce(
      { personId: access.person.id, kind: `meeting.${intent.data.intent}:${meetingId.data}`, form },
      save,
    );
  const refuse = (errors: Record<string, string>, values: Record<string, string>) =>
    data({ intent: intent.data.intent, errors: meetingErrors(errors), values }, { status: 400 });

  switch (intent.data.intent) {
    case "reply": {
      const parsed = parseForm(form, ReplySchema);
      if (!parsed.ok) return refuse(parsed.errors, parsed.values);
      if (!(await once(() => reply({ access, meetingId: meetingId.data, answer: parsed.data.answer }))))
        throw notFound();
      return back("reply");
    }
    case "note": {
      const parsed = parseForm(form, NoteSchema);
      if (!parsed.ok) return refuse(parsed.errors, parsed.values);
      if (
        !(await once(() =>
          addNote({
            access,
            meetingId: meetingId.data,
            words: parsed.data.words,
            shared: parsed.data.shared === "yes",
          }),
        ))
      )
        throw notFound();
      return back("note");
    }
    case "mark": {
      const parsed = parseForm(form, MarkSchema);
      if (!parsed.ok) return refuse(parsed.errors, parsed.values);
      if (
        !(await once(() =>
          markPaper({
            access,
            meetingId: meetingId.data,
            paperId: parsed.data.paperId,
            received: parsed.data.received === "yes",
          }),
        ))
      )
        throw notFound();
      return back("papers");
    }
    case "paper": {
      const parsed = parseForm(form, PaperSchema);
      if (!parsed.ok) return refuse(parsed.errors, parsed.values);
      const added = await once(() =>
        addPaper({
          access,
          meetingId: meetingId.data,
          kind: parsed.data.paperKind,
          title: parsed.data.title,
        }),
      );
      if (!added) throw notFound();
      return back("paper");
    }
  }
}

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white";

export default function MeetingPage() {
  const { t } = useTranslation("meetings");
  const {
    familyId,
    isWorker,
    meeting,
    invited,
    myAnswer,
    canReply,
    canNote,
    canMark,
    notes,
    papers,
    history,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  const errorsFor = (intent: string): Record<string, string | undefined> =>
    actionData?.intent === intent ? actionData.errors : {};
  const valuesFor = (intent: string): Record<string, string | undefined> =>
    actionData?.intent === intent ? actionData.values : {};
  const doneText = {
    booked: t("book.booked"),
    moved: t("change.saved"),
    reply: t("detail.replySaved"),
    note: t("detail.noteSaved"),
    papers: t("detail.markSaved"),
    paper: t("detail.paperAdded"),
  } as Record<string, string>;

  return (
    <div className="space-y-6 break-words">
      <h1 className="text-3xl font-bold">{t(`kinds.${meeting.kind}`)}</h1>
      <DoneNotice text={done && done in doneText && done !== "paper" ? doneText[done] : null} />
      <ErrorSummary errors={actionData?.errors} />
      {meeting.cancelled ? (
        <p className="rounded bg-yellow-100 p-2 font-bold">{t("detail.cancelledNotice")}</p>
      ) : null}
      <p>
        <Link to={`/meeting-guide#${meeting.slug}`} className="text-brand underline">
          {t("explainer.readMore")}
        </Link>
      </p>
      <dl className="space-y-2">
        <div>
          <dt className="font-bold">{t("detail.when")}</dt>
          <dd>{t("detail.timeRange", meeting.when)}</dd>
        </div>
        <div>
          <dt className="font-bold">{t("detail.where")}</dt>
          <dd dir="auto" className="[overflow-wrap:anywhere]">
            {meeting.place ? <p>{meeting.place}</p> : null}
            {meeting.onlineLink ? (
              <p>
                <a href={meeting.onlineLink} rel="noreferrer noopener" className="text-brand underline">
                  {t("detail.online")}
                </a>
              </p>
            ) : null}
          </dd>
        </div>
      </dl>
      <p>
        <a
          href={`/families/${familyId}/meetings/${meeting.id}/calendar`}
          download="family-meeting.ics"
          className="text-brand underline"
        >
          {t("detail.download")}
        </a>{" "}
        <span className="text-sm text-gray-700">{t("detail.calendarNote")}</span>
      </p>
      {isWorker ? (
        <p>
          <Link to={`/families/${familyId}/meetings/${meeting.id}/change`} className="text-brand underline">
            {t("detail.change")}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="invited-heading" className="space-y-2">
        <h2 id="invited-heading" className="text-xl font-bold">
          {t("detail.invited")}
        </h2>
        <ul className="list-disc pl-6">
          {invited.map((person) => (
            <li key={person.personId}>
              <bdi>{person.name}</bdi>
              {isWorker ? (
                <> – {person.answer ? t(`detail.answers.${person.answer}`) : t("detail.noReply")}</>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {canReply ? (
        <section aria-labelledby="reply" className="space-y-2">
          <h2 id="reply" className="text-xl font-bold" tabIndex={-1}>
            {t("detail.yourReply")}
          </h2>
          {done === "reply" ? null : myAnswer ? (
            <p>{t("detail.youSaid", { answer: t(`detail.answers.${myAnswer}`) })}</p>
          ) : null}
          {done === "reply" && myAnswer ? (
            <p role="status">{t("detail.youSaid", { answer: t(`detail.answers.${myAnswer}`) })}</p>
          ) : null}
          <CreateForm noValidate>
            <input type="hidden" name="intent" value="reply" />
            <fieldset id="answer" tabIndex={-1} className="mb-3">
              <legend className="sr-only">{t("detail.yourReply")}</legend>
              {errorsFor("reply").answer ? (
                <p className="font-bold text-red-700">{t(errorsFor("reply").answer!)}</p>
              ) : null}
              {meetingAnswers.map((answer) => (
                <div key={answer} className="mt-2 flex items-center gap-2">
                  <input
                    type="radio"
                    name="answer"
                    value={answer}
                    id={`answer-${answer}`}
                    defaultChecked={myAnswer === answer}
                    className="h-5 w-5"
                  />
                  <label htmlFor={`answer-${answer}`}>{t(`detail.answers.${answer}`)}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className={button}>
              {t("detail.sendReply")}
            </button>
          </CreateForm>
        </section>
      ) : null}

      {canNote || (isWorker && notes.length > 0) ? (
        <section aria-labelledby="note" className="space-y-2">
          <h2 id="note" className="text-xl font-bold" tabIndex={-1}>
            {t("detail.notesTitle")}
          </h2>
          {canNote ? <p>{t("detail.notesIntro")}</p> : null}
          {notes.length === 0 ? <p>{t("detail.noNotes")}</p> : null}
          <ul className="space-y-2">
            {notes.map((note) => (
              <li key={note.id} className="rounded bg-white p-3">
                <p dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
                  {note.words}
                </p>
                <p className="text-sm text-gray-700">
                  {note.at} ·{" "}
                  {note.mine
                    ? note.shared
                      ? t("detail.noteSharedTag")
                      : t("detail.notePrivate")
                    : isolatedName((name) => t("detail.noteBy", { name }), note.by)}
                </p>
              </li>
            ))}
          </ul>
          {canNote ? (
            <CreateForm noValidate>
              <input type="hidden" name="intent" value="note" />
              <TextareaField
                name="words"
                label={t("detail.noteLabel")}
                rows={4}
                defaultValue={valuesFor("note").words ?? ""}
                error={errorsFor("note").words}
              />
              <fieldset id="shared" tabIndex={-1} className="mb-3">
                <legend className="font-bold">{t("detail.noteShared")}</legend>
                {errorsFor("note").shared ? (
                  <p className="font-bold text-red-700">{t(errorsFor("note").shared!)}</p>
                ) : null}
                {(["no", "yes"] as const).map((value) => (
                  <div key={value} className="mt-2 flex items-center gap-2">
                    <input
                      type="radio"
                      name="shared"
                      value={value}
                      id={`shared-${value}`}
                      defaultChecked={(valuesFor("note").shared ?? "no") === value}
                      className="h-5 w-5"
                    />
                    <label htmlFor={`shared-${value}`}>
                      {value === "yes" ? t("detail.noteSharedYes") : t("detail.noteSharedNo")}
                    </label>
                  </div>
                ))}
              </fieldset>
              <button type="submit" className={button}>
                {t("detail.addNote")}
              </button>
            </CreateForm>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="papers" className="space-y-2">
        <h2 id="papers" className="text-xl font-bold" tabIndex={-1}>
          {t("detail.papersTitle")}
        </h2>
        {!isWorker ? <p>{t("detail.papersIntro")}</p> : null}
        {papers.length === 0 ? <p>{t("detail.noPapers")}</p> : null}
        <ul className="space-y-2">
          {papers.map((paper) => (
            <li
              key={paper.id}
              className={`rounded bg-white p-3 ${paper.late || paper.received === false ? "border-l-4 border-red-700" : ""}`}
            >
              <p className="font-bold" dir="auto">
                {paper.title}
              </p>
              <p className="text-sm text-gray-700">{t(`detail.paperKinds.${paper.kind}`)}</p>
              <p>
                {isWorker
                  ? t("detail.paperDueWorker", { date: paper.dueOn })
                  : t("detail.paperDue", { date: paper.dueOn })}
              </p>
              {paper.late ? (
                <p className="font-bold text-red-800">
                  {isWorker ? t("detail.lateWorker", { date: paper.dueOn }) : t("detail.lateFamily")}
                </p>
              ) : null}
              {isWorker ? (
                <p className={paper.received === false ? "font-bold text-red-800" : ""}>
                  {paper.received === null
                    ? t("detail.noMark")
                    : paper.received
                      ? t("detail.flagReceived")
                      : t("detail.flagNotReceived")}
                </p>
              ) : (
                <p>
                  {paper.received === null
                    ? null
                    : paper.received
                      ? t("detail.received")
                      : t("detail.notReceived")}
                </p>
              )}
              {canMark ? (
                <CreateForm className="mt-2 flex flex-wrap gap-2" aria-label={t("detail.markLabel")}>
                  <input type="hidden" name="intent" value="mark" />
                  <input type="hidden" name="paperId" value={paper.id} />
                  <button
                    type="submit"
                    name="received"
                    value="yes"
                    className="rounded border-2 border-green-800 px-3 py-1 font-bold text-green-900"
                  >
                    {t("detail.markReceived")}
                  </button>
                  <button
                    type="submit"
                    name="received"
                    value="no"
                    className="rounded border-2 border-red-800 px-3 py-1 font-bold text-red-900"
                  >
                    {t("detail.markNotReceived")}
                  </button>
                </CreateForm>
              ) : null}
            </li>
          ))}
        </ul>
        {isWorker && !meeting.cancelled ? (
          <CreateForm noValidate className="rounded bg-white p-3">
            <h3 id="paper" className="mb-2 text-lg font-bold" tabIndex={-1}>
              {t("detail.addPaperTitle")}
            </h3>
            {done === "paper" ? (
              <p role="status" className="mb-2 font-bold">
                {t("detail.paperListed")}
              </p>
            ) : null}
            <input type="hidden" name="intent" value="paper" />
            <div className="mb-5">
              <label htmlFor="paperKind" className="block font-bold">
                {t("detail.paperKind")}
              </label>
              {errorsFor("paper").paperKind ? (
                <p className="font-bold text-red-700">{t(errorsFor("paper").paperKind!)}</p>
              ) : null}
              <select
                id="paperKind"
                name="paperKind"
                defaultValue={valuesFor("paper").paperKind ?? "REPORT"}
                className="mt-1 block rounded border-2 border-gray-800 px-2 py-2"
              >
                {paperKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`detail.paperKinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <Field
              name="title"
              label={t("detail.paperTitle")}
              hint={t("detail.paperTitleHint")}
              autoComplete="off"
              defaultValue={valuesFor("paper").title ?? ""}
              error={errorsFor("paper").title}
            />
            <button type="submit" className={button}>
              {t("detail.addPaper")}
            </button>
          </CreateForm>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-bold">
          {t("detail.historyTitle")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {history.map((change) => (
            <li key={change.id}>
              {isolatedName(
                (name) =>
                  t(`detail.history.${change.what}`, {
                    name,
                    at: change.at,
                    when: `${t("detail.timeRange", change.when)}${change.place ? ` (${change.place})` : ""}`,
                  }),
                change.by,
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
