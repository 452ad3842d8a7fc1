import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyFieldShell as FieldShell,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { commitmentKinds as kinds } from "~/modules/commitments/commitment-constants";
import { repeatChoices } from "~/modules/commitments/schedule";

const days = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The offer and change form. A fixed number of time rows (empty ones are ignored) keeps it
 * working without JavaScript; what was typed comes back in `values` after an error.
 */
export function CommitmentForm({
  values,
  errors,
  maxSlots,
  revision,
  submitLabel,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  maxSlots: number;
  revision?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("commitments");
  const value = (name: string) => values[name] ?? "";
  // An offer saves once however often it is posted; a change is guarded by its revision.
  const CommitmentFormTag = revision === undefined ? CreateForm : Form;
  return (
    <>
      <ErrorSummary errors={errors} />
      <CommitmentFormTag method="post" className="space-y-6" noValidate>
        {revision !== undefined ? <input type="hidden" name="revision" value={revision} /> : null}
        <fieldset id="kind" className={errors.kind ? "border-l-4 border-red-700 pl-3" : ""}>
          <legend className="text-lg font-bold">{t("form.kind")}</legend>
          {errors.kind ? <p className="font-bold text-red-700">{t(errors.kind)}</p> : null}
          <ul className="mt-2 space-y-1">
            {kinds.map((kind) => (
              <li key={kind}>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="kind"
                    value={kind}
                    defaultChecked={value("kind") === kind}
                    className="h-5 w-5"
                  />
                  {t(`kind.${kind}`)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <TextareaField
          name="words"
          label={t("form.words")}
          hint={t("form.wordsHint")}
          defaultValue={value("words")}
          error={errors.words}
          maxLength={500}
        />
        <fieldset>
          <legend className="text-lg font-bold">{t("form.times")}</legend>
          <p className="text-sm text-gray-700">{t("form.timesHint")}</p>
          {Array.from({ length: maxSlots }, (_, index) => (
            <fieldset
              key={index}
              className={`mt-3 rounded bg-white p-3 ${errors[`slot${index}Day`] ? "border-l-4 border-red-700" : ""}`}
            >
              <legend className="font-bold">{t("form.row", { number: index + 1 })}</legend>
              <div className="flex flex-wrap gap-4">
                <FieldShell id={`slot${index}Day`} label={t("form.day")} error={errors[`slot${index}Day`]}>
                  {({ describedBy, invalid }) => (
                    <select
                      id={`slot${index}Day`}
                      name={`slot${index}Day`}
                      defaultValue={value(`slot${index}Day`)}
                      aria-invalid={invalid}
                      aria-describedby={describedBy}
                      className="mt-1 block rounded border-2 border-gray-800 px-2 py-2"
                    >
                      <option value="">{t("form.chooseDay")}</option>
                      {days.map((day) => (
                        <option key={day} value={day}>
                          {t(`days.${day}`)}
                        </option>
                      ))}
                      {repeatChoices.map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`repeat.${choice}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FieldShell>
                <Field
                  id={`slot${index}Start`}
                  name={`slot${index}Start`}
                  label={t("form.start")}
                  type="time"
                  defaultValue={value(`slot${index}Start`)}
                  className="w-36"
                />
                <Field
                  id={`slot${index}End`}
                  name={`slot${index}End`}
                  label={t("form.end")}
                  type="time"
                  defaultValue={value(`slot${index}End`)}
                  className="w-36"
                />
              </div>
            </fieldset>
          ))}
        </fieldset>
        <Field
          name="startDate"
          label={t("form.startDate")}
          hint={t("form.dateHint")}
          type="date"
          defaultValue={value("startDate")}
          error={errors.startDate}
          className="w-48"
        />
        <Field
          name="endDate"
          label={t("form.endDate")}
          hint={t("form.dateHint")}
          type="date"
          defaultValue={value("endDate")}
          error={errors.endDate}
          className="w-48"
        />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {submitLabel}
        </button>
      </CommitmentFormTag>
    </>
  );
}
