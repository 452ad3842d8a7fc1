import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { SelectField } from "~/components/forms/select-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { paperKinds } from "~/modules/meetings/meeting-kinds";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";
import type { PaperInput } from "~/modules/meetings/meetings.schema.server";

type Paper = MeetingPageView["papers"][number];

/**
 * The papers for a meeting: when each is due, whether it came (the family marks it), and for the
 * worker a form to list a new one.
 */
export function PapersSection({
  familyId,
  meetingId,
  papers,
  isWorker,
  canMark,
  cancelled,
  paperListed,
  markResult,
  paperResult,
}: Pick<MeetingPageView, "papers" | "isWorker" | "canMark"> & {
  familyId: string;
  meetingId: string;
  cancelled: boolean;
  paperListed: boolean;
  markResult: FormReply | null;
  paperResult: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  // The mark buttons have no fields; a refused mark (only a hand-made post) shows its error here.
  const [markForm] = useServerForm({ id: "meeting-mark", lastResult: markResult });
  return (
    <section aria-labelledby="papers" className="space-y-2">
      <h2 id="papers" className="text-xl font-bold" tabIndex={-1}>
        {t("detail.papersTitle")}
      </h2>
      {!isWorker ? <p>{t("detail.papersIntro")}</p> : null}
      {papers.length === 0 ? <p>{t("detail.noPapers")}</p> : null}
      <ErrorSummary form={markForm} />
      <ul className="space-y-2">
        {papers.map((paper) => (
          <PaperItem
            key={paper.id}
            paper={paper}
            isWorker={isWorker}
            canMark={canMark}
            paperUrl={`/families/${familyId}/meetings/${meetingId}/papers/${paper.id}`}
            canAttach={isWorker && !cancelled}
          />
        ))}
      </ul>
      {isWorker && !cancelled ? <PaperForm listed={paperListed} lastResult={paperResult} /> : null}
    </section>
  );
}

function PaperItem({
  paper,
  isWorker,
  canMark,
  paperUrl,
  canAttach,
}: {
  paper: Paper;
  isWorker: boolean;
  canMark: boolean;
  paperUrl: string;
  canAttach: boolean;
}) {
  const { t } = useTranslation("meetings");
  return (
    <li
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
          {paper.received === null ? null : paper.received ? t("detail.received") : t("detail.notReceived")}
        </p>
      )}
      <p className="mt-2">
        <Link to={paperUrl} className="font-bold text-brand underline">
          {isWorker ? t("sections.openWorker") : t("sections.open")}
        </Link>
      </p>
      {paper.file ? <PaperFile file={paper.file} href={`${paperUrl}/file`} /> : null}
      {canAttach ? (
        <p className="mt-2">
          <Link to={`${paperUrl}/upload`} className="text-brand underline">
            {paper.file ? t("papers.upload.replaceLink") : t("papers.upload.link")}
          </Link>
        </p>
      ) : null}
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
  );
}

/** A paper's PDF: its plain summary, who attached it and when, and the download. */
function PaperFile({ file, href }: { file: NonNullable<Paper["file"]>; href: string }) {
  const { t } = useTranslation("meetings");
  return (
    <div className="mt-2 border-l-4 border-gray-400 pl-3">
      <p className="font-bold">{t("papers.file.summaryTitle")}</p>
      <p dir="auto" className="whitespace-pre-line">
        {file.summary}
      </p>
      <p className="text-sm text-gray-700">{t("papers.file.attached", { name: file.by, at: file.at })}</p>
      <p>
        {/* A plain link: the route answers with an attachment, so the browser saves the file. */}
        <a href={href} download className="font-bold text-brand underline">
          {t("papers.file.download", { kb: file.kb })}
        </a>
      </p>
    </div>
  );
}

function PaperForm({ listed, lastResult }: { listed: boolean; lastResult: FormReply | null }) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<PaperInput>({
    id: "meeting-paper",
    lastResult,
    defaultValue: { paperKind: "REPORT" },
  });
  return (
    <CreateForm id={form.id} noValidate className="rounded bg-white p-3">
      <h3 id="paper" className="mb-2 text-lg font-bold" tabIndex={-1}>
        {t("detail.addPaperTitle")}
      </h3>
      {listed ? (
        <p role="status" className="mb-2 font-bold">
          {t("detail.paperListed")}
        </p>
      ) : null}
      <ErrorSummary form={form} />
      <input type="hidden" name="intent" value="paper" />
      <SelectField
        meta={fields.paperKind}
        className="w-full max-w-md"
        label={t("detail.paperKind")}
        options={paperKinds.map((kind) => ({ value: kind, label: t(`detail.paperKinds.${kind}`) }))}
      />
      <Field
        meta={fields.title}
        label={t("detail.paperTitle")}
        hint={t("detail.paperTitleHint")}
        autoComplete="off"
      />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {t("detail.addPaper")}
      </button>
    </CreateForm>
  );
}
