import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";

type Reader = { personId: string; name: string; role: string; relationship: string | null };

/** A diary entry: the day, what happened, and who else may read it (chosen by name). */
export function DiaryForm({
  values,
  readers,
  chosen,
  errors,
  baseVersion,
  submitLabel,
}: {
  values: Record<string, string | undefined>;
  readers: Reader[];
  chosen: string[];
  errors: Record<string, string | undefined>;
  baseVersion?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("kinship");
  // An entry saves once however often it is posted; a change is guarded by its version.
  const DiaryFormTag = baseVersion ? Form : CreateForm;
  return (
    <>
      <ErrorSummary errors={errors as Record<string, string>} />
      <DiaryFormTag method="post" noValidate className="rounded border-2 border-gray-300 bg-white p-4">
        {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
        <Field
          name="day"
          type="date"
          label={t("diary.form.day")}
          defaultValue={values.day ?? ""}
          error={errors.day}
          className="max-w-xs"
        />
        <TextareaField
          name="text"
          label={t("diary.form.text")}
          hint={t("diary.form.textHint")}
          defaultValue={values.text ?? ""}
          error={errors.text}
          rows={6}
        />
        <fieldset
          className={`mb-5 ${errors.readers ? "border-l-4 border-red-700 pl-3" : ""}`}
          aria-describedby="readers-hint"
        >
          <legend className="font-bold">{t("diary.form.readers")}</legend>
          <p id="readers-hint" className="text-sm text-gray-700">
            {t("diary.form.readersHint")}
          </p>
          {errors.readers ? <p className="font-bold text-red-700">{t(errors.readers)}</p> : null}
          {readers.length === 0 ? <p>{t("diary.form.noReaders")}</p> : null}
          {readers.map((reader, index) => (
            <div key={reader.personId} className="mt-2 flex items-start gap-2">
              <input
                type="checkbox"
                name="readers"
                value={reader.personId}
                id={index === 0 ? "readers" : `readers-${reader.personId}`}
                defaultChecked={chosen.includes(reader.personId)}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={index === 0 ? "readers" : `readers-${reader.personId}`} className="break-words">
                <bdi>{reader.name}</bdi>{" "}
                <span className="text-sm text-gray-700">
                  ({reader.relationship ? <bdi>{reader.relationship}</bdi> : t(`common:roles.${reader.role}`)}
                  )
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {submitLabel}
        </button>
      </DiaryFormTag>
    </>
  );
}
