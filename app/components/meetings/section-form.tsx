// The social worker's form for one section of a paper: a heading, the report's own words and the
// same in plain words with the writing helper (as the plan editor). Used to add and to change a
// section; a change is saved as a new version over the one the form was opened on. Posted twice,
// it saves once (CreateForm's key).
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import type { SectionEditInput } from "~/modules/meetings/paper-sections.schema.server";

export function SectionForm({
  id,
  lastResult,
  defaultValue,
  baseVersion,
  submitLabel,
}: {
  id: string;
  lastResult: FormReply | null;
  defaultValue?: { heading: string; reportWords: string; plainWords: string };
  baseVersion?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<SectionEditInput>({ id, lastResult, defaultValue });
  return (
    <CreateForm id={form.id} noValidate className="rounded bg-white p-3">
      <ErrorSummary form={form} />
      {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
      <Field
        meta={fields.heading}
        label={t("sections.form.heading")}
        hint={t("sections.form.headingHint")}
        autoComplete="off"
      />
      <TextareaField
        meta={fields.reportWords}
        label={t("sections.form.reportWords")}
        hint={t("sections.form.reportWordsHint")}
        rows={6}
      />
      <WritingTextareaField
        meta={fields.plainWords}
        label={t("sections.form.plainWords")}
        hint={t("sections.form.plainWordsHint")}
        rows={6}
      />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {submitLabel}
      </button>
    </CreateForm>
  );
}
