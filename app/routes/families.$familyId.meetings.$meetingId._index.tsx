import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { replyFor } from "~/components/forms/use-server-form";
import { DecidedSection } from "~/components/meetings/decided-section";
import { DoneNotice } from "~/components/meetings/done-notice";
import { FamilyReportSection } from "~/components/meetings/family-report-section";
import { FamilySaysSection } from "~/components/meetings/family-says-section";
import { InvitedList } from "~/components/meetings/invited-list";
import { MeetingFacts } from "~/components/meetings/meeting-facts";
import { MeetingHistory } from "~/components/meetings/meeting-history";
import { NotesSection } from "~/components/meetings/notes-section";
import { PapersSection } from "~/components/meetings/papers-section";
import { ReplySection } from "~/components/meetings/reply-section";
import { meetingPageView, saveMeetingForm } from "~/modules/meetings/meeting-page.server";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "meetings:title", i18n: ["glossary", "plan", "meetings"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  return meetingPageView({ request, access, meetingId: requireIdParam(params.meetingId) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  // The guard runs first, whatever was posted, so an outsider learns nothing from the answer.
  const { access, intent } = await requireIntentPermission(request, params.familyId, "meeting", form);
  return saveMeetingForm({ request, access, meetingId: requireIdParam(params.meetingId), intent, form });
}

export default function MeetingPage() {
  const { t } = useTranslation("meetings");
  const view = useLoaderData<typeof loader>();
  const { isWorker, meeting, notes, canNote } = view;
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  // "paper" has its own line beside the paper form.
  const doneText: Record<string, string> = {
    booked: t("book.booked"),
    moved: t("change.saved"),
    reply: t("detail.replySaved"),
    note: t("detail.noteSaved"),
    papers: t("detail.markSaved"),
    report: t("report.saved"),
    file: t("papers.upload.saved"),
    decided: t("decided.saved"),
  };

  return (
    <div className="space-y-6 break-words">
      <h1 className="text-3xl font-bold">{t(`kinds.${meeting.kind}`)}</h1>
      <DoneNotice text={done && Object.hasOwn(doneText, done) ? doneText[done]! : null} />
      <MeetingFacts familyId={view.familyId} isWorker={isWorker} meeting={meeting} />
      <InvitedList invited={view.invited} isWorker={isWorker} />
      {view.decided ? (
        <DecidedSection
          familyId={view.familyId}
          meetingId={meeting.id}
          decided={view.decided}
          justSaved={done === "decided"}
          lastResult={replyFor(actionData, "answerOutcome")}
        />
      ) : null}
      {view.canReply ? (
        <ReplySection
          myAnswer={view.myAnswer}
          justSaved={done === "reply"}
          lastResult={replyFor(actionData, "reply")}
        />
      ) : null}
      {canNote || (isWorker && notes.length > 0) ? (
        <NotesSection notes={notes} canNote={canNote} lastResult={replyFor(actionData, "note")} />
      ) : null}
      {view.familyReport ? (
        <FamilyReportSection report={view.familyReport} lastResult={replyFor(actionData, "report")} />
      ) : null}
      <FamilySaysSection marks={view.familySays} />
      <PapersSection
        familyId={view.familyId}
        meetingId={meeting.id}
        papers={view.papers}
        isWorker={isWorker}
        canMark={view.canMark}
        cancelled={meeting.cancelled}
        paperListed={done === "paper"}
        markResult={replyFor(actionData, "mark")}
        paperResult={replyFor(actionData, "paper")}
      />
      <MeetingHistory history={view.history} />
    </div>
  );
}
