import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/meetings/done-notice";
import { PaperHeading } from "~/components/meetings/paper-heading";
import { SectionForm } from "~/components/meetings/section-form";
import { SectionEditSchema } from "~/modules/meetings/paper-sections.schema.server";
import { editSection, sectionToEdit } from "~/modules/meetings/paper-sections.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

// The social worker changes a section: saved as a new version, the old ones kept
// (docs/decisions/2026-12-06-paper-sections.md).
export const handle: RouteHandle = {
  titleKey: "meetings:sections.editTitle",
  i18n: ["glossary", "plan", "meetings"],
};

async function guard(request: Request, params: LoaderFunctionArgs["params"], context?: unknown) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "writeSections", {
    context,
  });
  return {
    access,
    meetingId: requireIdParam(params.meetingId),
    paperId: requireIdParam(params.paperId),
    sectionId: requireIdParam(params.sectionId),
  };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, meetingId, paperId, sectionId } = await guard(request, params, context);
  const found = await sectionToEdit(access, meetingId, paperId, sectionId);
  if (!found) throw notFound();
  const { heading, reportWords, plainWords, version } = found.current;
  return {
    paperUrl: `/families/${access.familyId}/meetings/${meetingId}/papers/${paperId}`,
    paper: { title: found.paper.title, meetingKind: found.paper.meeting.kind },
    section: { heading, reportWords, plainWords, version },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, meetingId, paperId, sectionId } = await guard(request, params, context);
  const form = await readForm(request);
  const submission = parseSubmission(form, SectionEditSchema);
  if (submission.status !== "success") return refuse(submission);
  const { baseVersion, ...words } = submission.value;
  // editSection looks the section up itself; its "not-found" is the 404.
  const outcome = await saveOnce(
    { personId: access.person.id, kind: `paper.sectionEdit:${sectionId}`, form },
    () => editSection({ request, access, meetingId, paperId, sectionId, baseVersion, words }),
  );
  if (!outcome.ok && outcome.error === "not-found") throw notFound();
  // Someone saved a newer version first: the words typed come back, with a plain error.
  if (!outcome.ok) return refuse(submission, { "": "meetings:sections.errors.changed" }, 409);
  return redirect(
    `/families/${access.familyId}/meetings/${meetingId}/papers/${paperId}?done=changed#section-${sectionId}`,
  );
}

export default function EditSection() {
  const { t } = useTranslation("meetings");
  const { paperUrl, paper, section } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <div className="space-y-6 break-words">
      <Link to={paperUrl} className="text-brand underline">
        {t("sections.backToPaper")}
      </Link>
      <h1 className="text-3xl font-bold">{t("sections.editTitle")}</h1>
      <PaperHeading paper={paper} />
      <DoneNotice text={search.get("from") === "mark" ? t("sections.changeNow") : null} />
      <p>{t("sections.form.editIntro", { version: section.version })}</p>
      <SectionForm
        id="paper-section-edit"
        lastResult={isReply(actionData) ? actionData : null}
        defaultValue={{
          heading: section.heading,
          reportWords: section.reportWords,
          plainWords: section.plainWords,
        }}
        baseVersion={section.version}
        submitLabel={t("sections.form.save")}
      />
    </div>
  );
}
