import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { stances } from "~/modules/plan/plan.constants";
import type { ViewInput } from "~/modules/plan/plan.schema.server";

/** A person's view of a part of the plan: agree or not, in their own words, shared or not. */
export function ViewForm({ reply }: { reply: FormReply | null }) {
  const { t } = useTranslation("plan");
  const [form, fields] = useServerForm<ViewInput>({ id: "plan-view", lastResult: reply });
  return (
    <section aria-labelledby="your-view" className="space-y-3">
      <h2 id="your-view" className="text-xl font-bold">
        {t("item.yourViewTitle")}
      </h2>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <input type="hidden" name="intent" value="view" />
        <Radios
          meta={fields.stance}
          legend={t("item.stanceQuestion")}
          options={stances.map((stance) => ({ value: stance, label: t(`stance.${stance}`) }))}
        />
        <TextareaField meta={fields.words} label={t("item.words")} hint={t("item.wordsHint")} />
        {/* One box on its own, not a group: no fieldset. */}
        <div className="mb-4 flex items-start gap-2">
          <input
            key={fields.shared.key}
            type="checkbox"
            id={fields.shared.id}
            name={fields.shared.name}
            value="yes"
            defaultChecked={textOf(fields.shared.initialValue) === "yes"}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor={fields.shared.id}>{t("item.shareLabel")}</label>
        </div>
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("item.saveView")}
        </button>
      </CreateForm>
    </section>
  );
}
