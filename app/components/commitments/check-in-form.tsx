import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";

/** The keeper logs one time that is due: done, or could not (with a note). */
export function CheckInForm({
  choices,
  lastResult,
}: {
  choices: { key: string; label: string }[];
  lastResult: FormReply | null;
}) {
  const { t } = useTranslation("commitments");
  const [form, fields] = useServerForm({
    id: "check-in",
    lastResult,
    defaultValue: { occurrence: choices[0]?.key ?? "" },
  });
  return (
    <section aria-labelledby="check-in-heading" className="rounded bg-white p-3">
      <h2 id="check-in-heading" className="text-xl font-bold">
        {t("detail.checkInTitle")}
      </h2>
      <p>{t("detail.checkInIntro")}</p>
      {choices.length === 0 ? (
        <p>{t("detail.nothingDue")}</p>
      ) : (
        <>
          <ErrorSummary form={form} />
          <CreateForm id={form.id} noValidate className="mt-3 space-y-4">
            <input type="hidden" name="intent" value="checkIn" />
            <SelectField
              meta={fields.occurrence}
              label={t("detail.occurrence")}
              options={choices.map((choice) => ({ value: choice.key, label: choice.label }))}
            />
            <Radios
              meta={fields.outcome}
              legend={t("detail.outcome")}
              options={(["DONE", "COULD_NOT"] as const).map((outcome) => ({
                value: outcome,
                label: t(`detail.outcome${outcome}`),
              }))}
            />
            <TextareaField
              meta={fields.note}
              label={t("detail.note")}
              hint={t("detail.noteHint")}
              maxLength={500}
            />
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("detail.checkIn")}
            </button>
          </CreateForm>
        </>
      )}
    </section>
  );
}
