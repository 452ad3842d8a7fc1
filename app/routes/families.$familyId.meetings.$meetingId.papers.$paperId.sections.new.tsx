import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { PaperHeading } from "~/components/meetings/paper-heading";
import { SectionForm } from "~/components/meetings/section-form";
import { SectionSchema } from "~/modules/meetings/paper-sections.schema.server";
import { writablePaper, writeSection } from "~/modules/meetings/paper-sections.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

// The social worker adds a section to a paper (docs/decisions/2026-12-06-paper-sections.md).
export const handle: RouteHandle = {
  titleKey: "meetings:sections.newTitle",
  i18n: ["glossary", "plan", "meetings"],
};

async function guard(request: Request, params: LoaderFunctionArgs["params"], context?: unknown) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "writeSections", {
    context,
  });
  return { access, meetingId: requireIdParam(params.meetingId), paperId: requireIdParam(params.paperId) };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, meetingId, paperId } = await guard(request, params, context);
  const paper = await writablePaper(access, meetingId, paperId);
  if (!paper) throw notFound();
  return {
    paperUrl: `/families/${access.familyId}/meetings/${meetingId}/papers/${paper.id}`,
    paper: { title: paper.title, meetingKind: paper.meeting.kind },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { access, meetingId, paperId } = await guard(request, params, context);
  const form = await readForm(request);
  const submission = parseSubmission(form, SectionSchema);
  if (submission.status !== "success") return refuse(submission);
  // writeSection looks the paper up itself; its null (not writable) is the 404.
  const written = await saveOnce({ personId: access.person.id, kind: `paper.section:${paperId}`, form }, () =>
    writeSection({ request, access, meetingId, paperId, words: submission.value }),
  );
  if (!written) throw notFound();
  return redirect(
    `/families/${access.familyId}/meetings/${meetingId}/papers/${paperId}?done=section#section-${written.sectionId}`,
  );
}

export default function NewSection() {
  const { t } = useTranslation("meetings");
  const { paperUrl, paper } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6 break-words">
      <Link to={paperUrl} className="text-brand underline">
        {t("sections.backToPaper")}
      </Link>
      <h1 className="text-3xl font-bold">{t("sections.newTitle")}</h1>
      <PaperHeading paper={paper} />
      <p>{t("sections.form.intro")}</p>
      <SectionForm
        id="paper-section"
        lastResult={isReply(actionData) ? actionData : null}
        submitLabel={t("sections.form.add")}
      />
    </div>
  );
}
