// The forms about a correction. Each has its own form id and posts its `intent`; the page hands
// each the action's reply for its intent only (replyFor), and an answer form only its own reply.
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";
import type { CorrectionAnswerInput, CorrectionInput } from "~/modules/plan/plan.schema.server";

/** Asking for a part of the plan to be put right: what is wrong, and what it should say. */
export function CorrectionForm({ reply }: { reply: FormReply | null }) {
  const { t } = useTranslation("plan");
  const [form, fields] = useServerForm<CorrectionInput>({ id: "plan-correction", lastResult: reply });
  return (
    <CreateForm id={form.id} noValidate className="rounded border-2 border-gray-400 p-3">
      <h3 className="mb-2 text-lg font-bold">{t("item.notRightTitle")}</h3>
      <p className="mb-3 text-sm">{t("item.notRightHint")}</p>
      <input type="hidden" name="intent" value="correction" />
      <ErrorSummary form={form} />
      <TextareaField meta={fields.whatIsWrong} label={t("item.whatIsWrongLabel")} />
      <TextareaField meta={fields.shouldSay} label={t("item.shouldSayLabel")} />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {t("item.sendCorrection")}
      </button>
    </CreateForm>
  );
}

const answers = ["CORRECTED", "NOT_AGREED"] as const;

/** The social worker's answer to one open request: put right, or not agreed and why. */
export function AnswerForm({ correctionId, reply }: { correctionId: string; reply: FormReply | null }) {
  const { t } = useTranslation("plan");
  const mine = reply && textOf(reply.initialValue?.correctionId) === correctionId ? reply : null;
  const [form, fields] = useServerForm<CorrectionAnswerInput>({
    id: `plan-answer-${correctionId}`,
    lastResult: mine,
  });
  return (
    <CreateForm id={form.id} noValidate className="mt-3 border-t border-gray-300 pt-3">
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="correctionId" value={correctionId} />
      <ErrorSummary form={form} />
      <Radios
        meta={fields.answer}
        legend={t("item.answerQuestion")}
        options={answers.map((answer) => ({ value: answer, label: t(`item.answer.${answer}`) }))}
      />
      <TextareaField meta={fields.reason} label={t("item.reason")} hint={t("item.reasonHint")} />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
        {t("item.sendAnswer")}
      </button>
    </CreateForm>
  );
}
