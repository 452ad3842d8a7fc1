// A paper's sections as its page shows them: plain words first, the report's own words behind a
// disclosure, glossary terms explained; then each section's marks with their answers, and the
// forms to mark a section wrong (family) and to answer a mark (social worker).
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { MarkBody } from "~/components/meetings/mark-body";
import { GlossaryText } from "~/components/plan/glossary-text";
import type { SectionMarkShown, SectionShown } from "~/modules/meetings/paper-page.server";
import type { MarkAnswerInput, SectionMarkInput } from "~/modules/meetings/paper-sections.schema.server";

export function PaperSection({
  section,
  paperUrl,
  canWrite,
  canMark,
  canAnswer,
  markReply,
  answerReply,
}: {
  section: SectionShown;
  paperUrl: string;
  canWrite: boolean;
  canMark: boolean;
  canAnswer: boolean;
  markReply: FormReply | null;
  answerReply: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  const headingId = `section-${section.id}-heading`;
  return (
    <section
      id={`section-${section.id}`}
      aria-labelledby={headingId}
      className="space-y-3 rounded bg-white p-3"
    >
      <h2 id={headingId} className="text-xl font-bold" tabIndex={-1}>
        <bdi>{section.heading}</bdi>
      </h2>
      <p className="whitespace-pre-line">
        <GlossaryText text={section.plainWords} />
      </p>
      <details className="rounded border-2 border-gray-300 p-2">
        <summary className="cursor-pointer font-bold text-brand">{t("sections.reportSays")}</summary>
        <p className="mt-2 whitespace-pre-line">
          <GlossaryText text={section.reportWords} />
        </p>
      </details>
      <p className="text-sm text-gray-700">
        {isolatedName(
          (name) =>
            section.versionCount > 1
              ? t("sections.changedBy", { name, at: section.at, version: section.version })
              : t("sections.writtenBy", { name, at: section.at }),
          section.by,
        )}
      </p>
      {canWrite ? (
        <p>
          <Link to={`${paperUrl}/sections/${section.id}/edit`} className="text-brand underline">
            {t("sections.editLink", { heading: section.heading })}
          </Link>
        </p>
      ) : null}
      {section.marks.length > 0 ? (
        <div>
          <h3 className="text-lg font-bold">
            {canAnswer ? t("sections.marksTitle") : t("sections.myMarksTitle")}
          </h3>
          <ul className="space-y-2">
            {section.marks.map((mark) => (
              <MarkItem key={mark.id} mark={mark} canAnswer={canAnswer} answerReply={answerReply} />
            ))}
          </ul>
        </div>
      ) : null}
      {canMark ? <SectionMarkForm sectionId={section.id} reply={markReply} /> : null}
    </section>
  );
}

function MarkItem({
  mark,
  canAnswer,
  answerReply,
}: {
  mark: SectionMarkShown;
  canAnswer: boolean;
  answerReply: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  return (
    <li className={`rounded border-l-4 p-2 ${mark.status === "OPEN" ? "border-red-700" : "border-gray-400"}`}>
      <MarkBody mark={mark} shouldSayLabel={t("sections.shouldSay")} />
      <p className="mt-1 font-bold">{t(`sections.status.${mark.status}`)}</p>
      {mark.reason ? (
        <p>
          {isolatedName((name) => t("sections.answerBy", { name }), mark.answeredBy ?? "")}{" "}
          <bdi className="whitespace-pre-line">{mark.reason}</bdi>
        </p>
      ) : null}
      {canAnswer && mark.status === "OPEN" ? <MarkAnswerForm markId={mark.id} reply={answerReply} /> : null}
    </li>
  );
}

/** "This is wrong": what is wrong in this section, and what it should say. */
function SectionMarkForm({ sectionId, reply }: { sectionId: string; reply: FormReply | null }) {
  const { t } = useTranslation("meetings");
  const mine = reply && textOf(reply.initialValue?.sectionId) === sectionId ? reply : null;
  const [form, fields] = useServerForm<SectionMarkInput>({
    id: `section-mark-${sectionId}`,
    lastResult: mine,
  });
  return (
    <details className="rounded border-2 border-gray-400 p-3" open={mine !== null}>
      <summary className="cursor-pointer font-bold">{t("sections.markOpen")}</summary>
      <CreateForm id={form.id} noValidate className="mt-2">
        <p className="mb-3 text-sm">{t("sections.markHint")}</p>
        <input type="hidden" name="intent" value="markSection" />
        <input type="hidden" name="sectionId" value={sectionId} />
        <ErrorSummary form={form} />
        <TextareaField meta={fields.whatIsWrong} label={t("sections.whatIsWrongLabel")} />
        <TextareaField meta={fields.shouldSay} label={t("sections.shouldSayLabel")} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("sections.sendMark")}
        </button>
      </CreateForm>
    </details>
  );
}

const answers = ["CORRECTED", "NOT_AGREED"] as const;

/** The social worker's answer to one open mark: "Changed", or it stays and why. */
function MarkAnswerForm({ markId, reply }: { markId: string; reply: FormReply | null }) {
  const { t } = useTranslation("meetings");
  const mine = reply && textOf(reply.initialValue?.markId) === markId ? reply : null;
  const [form, fields] = useServerForm<MarkAnswerInput>({ id: `mark-answer-${markId}`, lastResult: mine });
  return (
    <CreateForm id={form.id} noValidate className="mt-3 border-t border-gray-300 pt-3">
      <input type="hidden" name="intent" value="answerMark" />
      <input type="hidden" name="markId" value={markId} />
      <ErrorSummary form={form} />
      <Radios
        meta={fields.answer}
        legend={t("sections.answerQuestion")}
        options={answers.map((answer) => ({ value: answer, label: t(`sections.answer.${answer}`) }))}
      />
      <TextareaField meta={fields.reason} label={t("sections.reason")} hint={t("sections.reasonHint")} />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
        {t("sections.sendAnswer")}
      </button>
    </CreateForm>
  );
}
