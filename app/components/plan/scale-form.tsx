import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Fieldset } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";
import type { ScaleInput } from "~/modules/plan/plan.schema.server";

const scores = Array.from({ length: 11 }, (_, score) => String(score));

/** A number from 0 to 10 for how safe things feel, and why. */
export function ScaleForm({ reply }: { reply: FormReply | null }) {
  const { t } = useTranslation("plan");
  const [form, fields] = useServerForm<ScaleInput>({ id: "plan-scale", lastResult: reply });
  const { score } = fields;
  const chosen = textOf(score.initialValue);
  return (
    <CreateForm id={form.id} noValidate className="space-y-3">
      <ErrorSummary form={form} />
      {/* The eleven numbers sit in a row, like a ruler, so not the list that Radios draws. */}
      <Fieldset legend={t("scale.question")} hint={t("scale.hint")} meta={score}>
        <div className="mt-2 flex flex-wrap gap-1">
          {scores.map((value) => {
            // The first number carries the field's id, so the error summary's link lands on the group.
            const id = value === "0" ? score.id : `${score.id}-${value}`;
            return (
              <div key={value}>
                <input
                  key={score.key}
                  type="radio"
                  name={score.name}
                  value={value}
                  id={id}
                  defaultChecked={chosen === value}
                  className="peer sr-only"
                />
                <label
                  htmlFor={id}
                  className="block w-10 cursor-pointer rounded border-2 border-gray-800 bg-white py-2 text-center font-bold peer-checked:bg-brand peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-4 peer-focus-visible:outline-focus"
                >
                  {value}
                </label>
              </div>
            );
          })}
        </div>
      </Fieldset>
      <TextareaField meta={fields.note} label={t("scale.note")} hint={t("scale.noteHint")} />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {t("scale.save")}
      </button>
    </CreateForm>
  );
}
