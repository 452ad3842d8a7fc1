// A paper's own page: its sections to read (plain words first, the report's words behind a
// disclosure, glossary terms explained), the family's marks and the answers, and the two forms
// (mark a section wrong, answer a mark). Worked out here so the route stays thin.
import { redirect } from "@remix-run/node";

import { familyPeople } from "~/modules/family/people.server";
import { linkTexts } from "~/modules/glossary/glossary-links.server";
import { MarkAnswerSchema, SectionMarkSchema } from "~/modules/meetings/paper-sections.schema.server";
import { answerMark, markSection, paperSections } from "~/modules/meetings/paper-sections.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { IntentOf } from "~/modules/permissions/intents";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { saveOnce } from "~/utils/submission.server";

export async function paperPageView({
  request,
  access,
  meetingId,
  paperId,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
}) {
  const [found, people, language] = await Promise.all([
    paperSections({ access, meetingId, paperId }),
    familyPeople({ familyId: access.familyId }),
    requestLanguage(request),
  ]);
  if (!found) throw notFound();
  const { paper, sections } = found;
  const format = meetingFormatter(language);
  const open = paper.meeting.status !== "CANCELLED";
  const isWorker = can(access.role, "meetings", "schedule");
  return {
    meetingUrl: `/families/${access.familyId}/meetings/${meetingId}`,
    paperUrl: `/families/${access.familyId}/meetings/${meetingId}/papers/${paper.id}`,
    isWorker,
    paper: {
      title: paper.title,
      kind: paper.kind,
      meetingKind: paper.meeting.kind,
      dueOn: format.isoDay(paper.dueOn),
    },
    canWrite: open && can(access, "meetings", "writeSections"),
    canMark: open && can(access, "meetings", "markSection"),
    canAnswer: can(access, "meetings", "answerMark"),
    // Version rows never change, so their ids name the content the links were made for.
    glossaryLinks: linkTexts({
      key: `paper:${sections.map((section) => section.current.id).join(",")}`,
      language,
      texts: sections.flatMap((section) => [section.current.plainWords, section.current.reportWords]),
    }),
    sections: sections.map((section) => ({
      id: section.id,
      heading: section.current.heading,
      plainWords: section.current.plainWords,
      reportWords: section.current.reportWords,
      version: section.current.version,
      versionCount: section.versionCount,
      by: people.nameOfPerson(section.current.writtenById),
      at: format.moment(section.current.createdAt),
      marks: section.marks.map((mark) => ({
        id: mark.id,
        by: people.nameOfPerson(mark.personId),
        whatIsWrong: mark.whatIsWrong,
        shouldSay: mark.shouldSay,
        late: mark.late,
        status: mark.status,
        reason: mark.reason,
        answeredBy: mark.respondedById ? people.nameOfPerson(mark.respondedById) : null,
        at: format.moment(mark.createdAt),
      })),
    })),
  };
}

export type PaperPageView = Awaited<ReturnType<typeof paperPageView>>;
export type SectionShown = PaperPageView["sections"][number];
export type SectionMarkShown = SectionShown["marks"][number];

/**
 * The paper page's forms (the guard has already checked the right its intent needs): a mark on
 * a section, or the social worker's answer. Each posted form saves once. "Changed" goes on to the
 * section's edit form, so the new version is written at once.
 */
export async function savePaperForm({
  request,
  access,
  meetingId,
  paperId,
  intent,
  form,
}: {
  request: Request;
  access: FamilyAccess;
  meetingId: string;
  paperId: string;
  intent: IntentOf<"paper">;
  form: URLSearchParams;
}) {
  const paperUrl = `/families/${access.familyId}/meetings/${meetingId}/papers/${paperId}`;
  const once = { personId: access.person.id, kind: `paper.${intent}:${paperId}`, form };
  if (intent === "markSection") {
    const submission = parseSubmission(form, SectionMarkSchema);
    if (submission.status !== "success") return refuse(submission);
    const marked = await saveOnce(once, () =>
      markSection({ request, access, meetingId, paperId, ...submission.value }),
    );
    if (!marked) throw notFound();
    return redirect(
      `${paperUrl}?done=${marked.late ? "markedLate" : "marked"}#section-${submission.value.sectionId}`,
    );
  }
  const submission = parseSubmission(form, MarkAnswerSchema);
  if (submission.status !== "success") return refuse(submission);
  const answered = await saveOnce(once, () =>
    answerMark({ request, access, meetingId, paperId, ...submission.value }),
  );
  // Another family's mark, or one already answered, is not found here.
  if (!answered) throw notFound();
  if (submission.value.answer === "CORRECTED")
    return redirect(`${paperUrl}/sections/${answered.sectionId}/edit?from=mark`);
  return redirect(`${paperUrl}?done=answered#section-${answered.sectionId}`);
}
