// The rule page's forms. Each has its own form id and posts its `intent`; the page hands each
// the action's reply for its intent only (replyFor).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import type { AnswerInput, CommentInput, RetireInput } from "~/modules/rules/rules.schema.server";

const answers = ["AGREE", "NOT_YET", "DISAGREE"] as const;

/** A named person's answer to the version they read. */
export function AnswerForm({ version, reply }: { version: number; reply: FormReply | null }) {
  const { t } = useTranslation("rules");
  const [form, fields] = useServerForm<AnswerInput>({ id: "rule-answer", lastResult: reply });
  return (
    <section aria-labelledby="answer-heading" className="space-y-3">
      <h2 id="answer-heading" className="text-xl font-bold">
        {t("rule.yourAnswer")}
      </h2>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="version" value={version} />
        <Radios
          meta={fields.answer}
          legend={t("rule.answerQuestion")}
          options={answers.map((answer) => ({ value: answer, label: t(`rule.${answer}`) }))}
        />
        <TextareaField meta={fields.reason} label={t("rule.reason")} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("rule.sendAnswer")}
        </button>
      </CreateForm>
    </section>
  );
}

/** The social worker's yes to the version they read. */
export function EndorseForm({ version, reply }: { version: number; reply: FormReply | null }) {
  const { t } = useTranslation("rules");
  const [form] = useServerForm({ id: "rule-endorse", lastResult: reply });
  return (
    <section aria-labelledby="endorse-heading" className="space-y-3">
      <h2 id="endorse-heading" className="text-xl font-bold">
        {t("rule.endorseTitle")}
      </h2>
      <ErrorSummary form={form} />
      <p>{t("rule.endorseHint")}</p>
      <CreateForm id={form.id}>
        <input type="hidden" name="intent" value="endorse" />
        <input type="hidden" name="version" value={version} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("rule.endorse")}
        </button>
      </CreateForm>
    </section>
  );
}

/** A few words under the rule, for the discussion. */
export function CommentForm({ reply }: { reply: FormReply | null }) {
  const { t } = useTranslation("rules");
  const [form, fields] = useServerForm<CommentInput>({ id: "rule-comment", lastResult: reply });
  return (
    <CreateForm id={form.id} noValidate>
      <input type="hidden" name="intent" value="comment" />
      <ErrorSummary form={form} />
      <TextareaField meta={fields.text} label={t("rule.comment")} />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {t("rule.post")}
      </button>
    </CreateForm>
  );
}

/** Ending the rule, with the reason; everything about it is kept. */
export function RetireForm({ reply }: { reply: FormReply | null }) {
  const { t } = useTranslation("rules");
  const [form, fields] = useServerForm<RetireInput>({ id: "rule-retire", lastResult: reply });
  return (
    <section aria-labelledby="retire-heading" className="space-y-3">
      <h2 id="retire-heading" className="text-xl font-bold">
        {t("rule.retireTitle")}
      </h2>
      <p>{t("rule.retireHint")}</p>
      <Form id={form.id} method="post" noValidate>
        <input type="hidden" name="intent" value="retire" />
        <ErrorSummary form={form} />
        <TextareaField meta={fields.reason} label={t("rule.retireReason")} />
        <button type="submit" className="rounded border-2 border-red-700 px-4 py-2 font-bold text-red-700">
          {t("rule.retire")}
        </button>
      </Form>
    </section>
  );
}
