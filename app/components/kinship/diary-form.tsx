import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Checkboxes, Fieldset } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";

type Reader = { personId: string; name: string; role: string; relationship: string | null };

type DiaryFields = { day: string; text: string; readers: string[] };

/**
 * A diary entry: the day, what happened, and who else may read it (chosen by name).
 * `defaultValue` is the saved entry (or, after a clash, what this person typed).
 */
export function DiaryForm({
  id,
  lastResult,
  defaultValue,
  readers,
  baseVersion,
  submitLabel,
}: {
  id: string;
  lastResult?: FormReply | null;
  defaultValue?: Record<string, unknown>;
  readers: Reader[];
  baseVersion?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("kinship");
  const [form, fields] = useServerForm<DiaryFields>({ id, lastResult, defaultValue });
  // An entry saves once however often it is posted; a change is guarded by its version.
  const DiaryFormTag = baseVersion ? Form : CreateForm;
  return (
    <>
      <ErrorSummary form={form} />
      <DiaryFormTag
        id={form.id}
        method="post"
        noValidate
        className="rounded border-2 border-gray-300 bg-white p-4"
      >
        {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
        <Field meta={fields.day} type="date" label={t("diary.form.day")} className="max-w-xs" />
        <TextareaField
          meta={fields.text}
          label={t("diary.form.text")}
          hint={t("diary.form.textHint")}
          rows={6}
        />
        {readers.length === 0 ? (
          <Fieldset legend={t("diary.form.readers")} hint={t("diary.form.readersHint")} meta={fields.readers}>
            <p>{t("diary.form.noReaders")}</p>
          </Fieldset>
        ) : (
          <Checkboxes
            meta={fields.readers}
            legend={t("diary.form.readers")}
            hint={t("diary.form.readersHint")}
            options={readers.map((reader) => ({
              value: reader.personId,
              label: (
                <span className="break-words">
                  <bdi>{reader.name}</bdi>{" "}
                  <span className="text-sm text-gray-700">
                    (
                    {reader.relationship ? (
                      <bdi>{reader.relationship}</bdi>
                    ) : (
                      t(`common:roles.${reader.role}`)
                    )}
                    )
                  </span>
                </span>
              ),
            }))}
          />
        )}
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {submitLabel}
        </button>
      </DiaryFormTag>
    </>
  );
}
