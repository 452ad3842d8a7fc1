import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { FieldShell } from "~/components/forms/field";
import { TextareaField } from "~/components/forms/textarea-field";
import { isReply, useServerForm } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import {
  PaperFileSummarySchema,
  type PaperFileSummaryInput,
} from "~/modules/meetings/meetings.schema.server";
import {
  attachPaperFile,
  checkPaperFile,
  MAX_PAPER_BYTES,
  paperToAttach,
  readPaperUpload,
} from "~/modules/meetings/paper-files.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";

// The social worker attaches a paper's PDF with a plain summary
// (docs/decisions/2026-12-05-meeting-paper-uploads.md). A real multipart form: works without JavaScript.
export const handle: RouteHandle = { titleKey: "meetings:papers.upload.title", i18n: ["meetings"] };

async function current(request: Request, params: LoaderFunctionArgs["params"], context?: unknown) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "schedule", { context });
  const meetingId = requireIdParam(params.meetingId);
  const paper = await paperToAttach(access, meetingId, requireIdParam(params.paperId));
  if (!paper || paper.meeting.status === "CANCELLED") throw notFound();
  return { access, meetingId, paper };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { access, meetingId, paper } = await current(request, params, context);
  return {
    meetingUrl: `/families/${access.familyId}/meetings/${meetingId}`,
    paper: { title: paper.title, kind: paper.kind },
    meetingKind: paper.meeting.kind,
    maxMb: Math.floor(MAX_PAPER_BYTES / (1024 * 1024)),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // The guard and the paper come first, before a byte of the body is read.
  const { access, meetingId, paper } = await current(request, params, context);
  const upload = await readPaperUpload(request);
  if (!upload.ok) {
    // Refused on its declared size, unread: the summary cannot come back.
    const submission = parseSubmission(new URLSearchParams(), PaperFileSummarySchema);
    return refuse(submission, { file: `meetings:${upload.problem}` }, 413);
  }
  const submission = parseSubmission(
    new URLSearchParams({ summary: upload.summary }),
    PaperFileSummarySchema,
  );
  if (submission.status !== "success") {
    const problem = upload.file ? await checkPaperFile(upload.file) : "papers.upload.empty";
    return refuse(submission, problem ? { file: `meetings:${problem}` } : {});
  }
  const attached = upload.file
    ? await attachPaperFile({
        request,
        access,
        meetingId,
        paperId: paper.id,
        file: upload.file,
        summary: submission.value.summary,
      })
    : ({ ok: false, problem: "papers.upload.empty" } as const);
  if (attached.ok) return redirect(`/families/${access.familyId}/meetings/${meetingId}?done=file#papers`);
  if (attached.problem === "notFound") throw notFound();
  return refuse(submission, { file: `meetings:${attached.problem}` });
}

export default function UploadPaperFile() {
  const { t } = useTranslation("meetings");
  const { meetingUrl, paper, meetingKind, maxMb } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useServerForm<PaperFileSummaryInput & { file: string }>({
    id: "paper-file",
    lastResult: isReply(actionData) ? actionData : null,
  });
  return (
    <div className="space-y-6 break-words">
      <Link to={meetingUrl} className="text-brand underline">
        {t("papers.upload.back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("papers.upload.title")}</h1>
      <div>
        <p className="font-bold" dir="auto">
          {paper.title}
        </p>
        <p className="text-sm text-gray-700">{t(`detail.paperKinds.${paper.kind}`)}</p>
        <p className="text-sm text-gray-700">{t(`kinds.${meetingKind}`)}</p>
      </div>
      <p>{t("papers.upload.intro")}</p>
      <Form
        method="post"
        encType="multipart/form-data"
        id={form.id}
        noValidate
        className="rounded bg-white p-3"
      >
        <ErrorSummary form={form} />
        <FieldShell
          meta={fields.file}
          label={t("papers.upload.file")}
          hint={t("papers.upload.fileHint", { mb: maxMb })}
        >
          {({ describedBy, invalid }) => (
            <input
              id={fields.file.id}
              name={fields.file.name}
              type="file"
              accept="application/pdf,.pdf"
              aria-invalid={invalid}
              aria-describedby={describedBy}
              className="mt-1 block w-full"
            />
          )}
        </FieldShell>
        <TextareaField
          meta={fields.summary}
          label={t("papers.upload.summary")}
          hint={t("papers.upload.summaryHint")}
          rows={4}
        />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("papers.upload.submit")}
        </button>
      </Form>
    </div>
  );
}
