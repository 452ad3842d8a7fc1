import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Fieldset, Radios } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { commitmentKinds as kinds } from "~/modules/commitments/commitment-constants";
import { repeatChoices } from "~/modules/commitments/schedule";

const days = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The offer and change form. A fixed number of time rows (empty ones are ignored) keeps it
 * working without JavaScript; what was typed comes back in the reply after an error.
 */
export function CommitmentForm({
  id,
  lastResult,
  defaultValue,
  maxSlots,
  revision,
  submitLabel,
}: {
  id: string;
  lastResult?: FormReply | null;
  defaultValue: Record<string, string>;
  maxSlots: number;
  revision?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("commitments");
  const [form, fields] = useServerForm({ id, lastResult, defaultValue });
  const dayOptions = [
    ...days.map((day) => ({ value: String(day), label: t(`days.${day}`) })),
    ...repeatChoices.map((choice) => ({ value: choice, label: t(`repeat.${choice}`) })),
  ];
  // An offer saves once however often it is posted; a change is guarded by its revision.
  const CommitmentFormTag = revision === undefined ? CreateForm : Form;
  return (
    <>
      <ErrorSummary form={form} />
      <CommitmentFormTag id={form.id} method="post" className="space-y-6" noValidate>
        {revision !== undefined ? <input type="hidden" name="revision" value={revision} /> : null}
        <Radios
          meta={fields.kind}
          legend={t("form.kind")}
          options={kinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />
        <TextareaField
          meta={fields.words}
          label={t("form.words")}
          hint={t("form.wordsHint")}
          maxLength={500}
        />
        <Fieldset legend={t("form.times")} hint={t("form.timesHint")}>
          {Array.from({ length: maxSlots }, (_, index) => (
            <div key={index} className="mt-3 rounded bg-white p-3">
              <Fieldset legend={t("form.row", { number: index + 1 })}>
                <div className="flex flex-wrap gap-4">
                  <SelectField
                    meta={fields[`slot${index}Day`]}
                    label={t("form.day")}
                    placeholder={t("form.chooseDay")}
                    options={dayOptions}
                  />
                  <Field
                    meta={fields[`slot${index}Start`]}
                    label={t("form.start")}
                    type="time"
                    className="w-36"
                  />
                  <Field
                    meta={fields[`slot${index}End`]}
                    label={t("form.end")}
                    type="time"
                    className="w-36"
                  />
                </div>
              </Fieldset>
            </div>
          ))}
        </Fieldset>
        <Field
          meta={fields.startDate}
          label={t("form.startDate")}
          hint={t("form.dateHint")}
          type="date"
          className="w-48"
        />
        <Field
          meta={fields.endDate}
          label={t("form.endDate")}
          hint={t("form.dateHint")}
          type="date"
          className="w-48"
        />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {submitLabel}
        </button>
      </CommitmentFormTag>
    </>
  );
}
