// The meeting page: what it shows, and what its four forms save. Worked out here so the route
// stays thin.
import { redirect } from "@remix-run/node";

import { familyPeople } from "~/modules/family/people.server";
import {
  familyReportFor,
  saveFamilyReport,
  shareFamilyReport,
} from "~/modules/meetings/family-report.server";
import { explainerSlug } from "~/modules/meetings/meeting-kinds";
import {
  FamilyReportSchema,
  MarkSchema,
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
import { outcomeSection, saveOutcomeAnswer } from "~/modules/meetings/outcome-page.server";
import { disputedMarks, familySaysView } from "~/modules/meetings/paper-sections.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { IntentOf } from "~/modules/permissions/intents";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { saveOnce } from "~/utils/submission.server";
import { ukParts } from "~/utils/uk-time";

/** The meeting as its page shows it to this person: who is invited, notes, papers and changes. */
export async function meetingPageView({
  request,
  access,
  meetingId,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
}) {
  const [meeting, people, language, report, disputed] = await Promise.all([
    getMeeting({ access, meetingId }),
    familyPeople({ familyId: access.familyId }),
    requestLanguage(request),
    familyReportFor({ access, meetingId }),
    disputedMarks({ access, meetingId }),
  ]);
  if (!meeting) throw notFound();
  const format = meetingFormatter(language);
  const decided = await outcomeSection({ access, meeting, format, people });
  const isWorker = can(access.role, "meetings", "schedule");
  const today = ukParts(new Date()).date;
  const when = (row: { startsAt: Date; endsAt: Date }) => ({
    date: format.day(row.startsAt),
    start: format.clock(row.startsAt),
    end: format.clock(row.endsAt),
  });
  const canAct = meeting.isInvited && meeting.status === "SCHEDULED";
  // The same rule as the download: the social worker, or someone invited to the meeting.
  const canReadFiles = isWorker || meeting.isInvited;
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
      name: people.nameOfPerson(invite.personId),
      // Only the practitioner sees other people's answers.
      answer:
        isWorker || invite.personId === access.person.id
          ? (meeting.latestReply.get(invite.personId)?.answer ?? null)
          : null,
    })),
    myAnswer: meeting.latestReply.get(access.person.id)?.answer ?? null,
    canReply: canAct && can(access, "meetings", "reply"),
    canNote: canAct && can(access, "meetings", "note"),
    canMark: canAct && can(access, "meetings", "markPapers"),
    notes: meeting.notes.map((note) => ({
      id: note.id,
      words: note.words,
      shared: note.shared,
      mine: note.personId === access.person.id,
      by: people.nameOfPerson(note.personId),
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
        file: canReadFiles ? paperFileView(paper.files[0], format, people) : null,
      };
    }),
    familyReport: report
      ? {
          wentWell: report.latest?.wentWell ?? "",
          wantKnown: report.latest?.wantKnown ?? "",
          canWrite: canAct && can(access, "meetings", "writeReport"),
          canShare:
            canAct && can(access, "meetings", "shareReport") && !report.shared && report.latest !== null,
          sharedAt: report.shared ? format.moment(report.shared.sharedAt) : null,
          versions: report.versions.map((version) => ({
            version: version.version,
            by: people.nameOfPerson(version.writtenById),
            at: format.moment(version.createdAt),
          })),
        }
      : null,
    decided,
    familySays: familySaysView(disputed, { format, people, familyId: access.familyId, meetingId }),
    history: meeting.changes.map((change) => ({
      id: change.id,
      what: change.what as "BOOKED" | "MOVED" | "CANCELLED",
      by: people.nameOfPerson(change.personId),
      at: format.moment(change.at),
      when: when(change),
      place: change.place || change.onlineLink,
    })),
  };
}

/** A paper's newest upload as the page shows it: its summary, size in KB, who attached it and when. */
function paperFileView(
  file: { bytes: number; summary: string; uploadedById: string; uploadedAt: Date } | undefined,
  format: ReturnType<typeof meetingFormatter>,
  people: Awaited<ReturnType<typeof familyPeople>>,
) {
  if (!file) return null;
  return {
    summary: file.summary,
    kb: Math.max(1, Math.ceil(file.bytes / 1024)),
    by: people.nameOfPerson(file.uploadedById),
    at: format.moment(file.uploadedAt),
  };
}

export type MeetingPageView = Awaited<ReturnType<typeof meetingPageView>>;

/**
 * Saves one of the page's forms (the guard has already checked the right its intent needs).
 * A refused form comes back with what was typed; a save goes back to the page, at the part that
 * changed. A meeting the person may no longer act on (cancelled, not invited) is not found.
 */
export async function saveMeetingForm({
  request,
  access,
  meetingId,
  intent,
  form,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  intent: IntentOf<"meeting">;
  form: URLSearchParams;
}) {
  const back = (done: string) =>
    redirect(`/families/${access.familyId}/meetings/${meetingId}?done=${done}#${done}`);
  // Every intent adds a row (a reply, a note, a mark, a paper), so each posted form saves once.
  const once = <T extends boolean | { dueOn: string; lead: number } | null>(save: () => Promise<T>) =>
    saveOnce({ personId: access.person.id, kind: `meeting.${intent}:${meetingId}`, form }, save);

  switch (intent) {
    case "reply": {
      const submission = parseSubmission(form, ReplySchema);
      if (submission.status !== "success") return refuse(submission);
      if (!(await once(() => reply({ access, meetingId, answer: submission.value.answer }))))
        throw notFound();
      return back("reply");
    }
    case "note": {
      const submission = parseSubmission(form, NoteSchema);
      if (submission.status !== "success") return refuse(submission);
      const { words, shared } = submission.value;
      if (!(await once(() => addNote({ access, meetingId, words, shared: shared === "yes" }))))
        throw notFound();
      return back("note");
    }
    case "mark": {
      const submission = parseSubmission(form, MarkSchema);
      if (submission.status !== "success") return refuse(submission);
      const { paperId, received } = submission.value;
      if (!(await once(() => markPaper({ access, meetingId, paperId, received: received === "yes" }))))
        throw notFound();
      return back("papers");
    }
    case "paper": {
      const submission = parseSubmission(form, PaperSchema);
      if (submission.status !== "success") return refuse(submission);
      const { paperKind, title } = submission.value;
      if (!(await once(() => addPaper({ access, meetingId, kind: paperKind, title })))) throw notFound();
      return back("paper");
    }
    case "report": {
      const submission = parseSubmission(form, FamilyReportSchema);
      if (submission.status !== "success") return refuse(submission);
      const { wentWell, wantKnown } = submission.value;
      if (!(await once(() => saveFamilyReport({ request, access, meetingId, wentWell, wantKnown }))))
        throw notFound();
      return back("report");
    }
    case "answerOutcome": {
      return saveOutcomeAnswer({ request, access, meetingId, form, back });
    }
    case "shareReport": {
      if (!(await once(() => shareFamilyReport({ request, access, meetingId })))) throw notFound();
      return back("report");
    }
  }
}
