import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import type { Askable } from "~/modules/questions/questions.server";

/** The question: whom to ask (the social worker or an adviser of the family) and the words. */
export function AskForm({ lastResult, askable }: { lastResult?: FormReply | null; askable: Askable[] }) {
  const { t } = useTranslation("questions");
  const [form, fields] = useServerForm<{ to: string; text: string }>({
    id: "question-new",
    lastResult,
    // One person to ask: chosen already.
    defaultValue: askable.length === 1 ? { to: askable[0].personId } : undefined,
  });
  return (
    <>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate className="rounded border-2 border-gray-300 bg-white p-4">
        <Radios
          meta={fields.to}
          legend={t("ask.to")}
          options={askable.map((person) => ({
            value: person.personId,
            label: (
              <span className="break-words">
                <bdi>{person.name}</bdi>{" "}
                <span className="text-sm text-gray-700">({t(`ask.roles.${person.role}`)})</span>
              </span>
            ),
          }))}
        />
        <TextareaField meta={fields.text} label={t("ask.text")} hint={t("ask.textHint")} rows={6} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("ask.send")}
        </button>
      </CreateForm>
    </>
  );
}

/** A reply in the thread, kept as a new message (nothing is ever edited). */
export function ReplyForm({ lastResult }: { lastResult?: FormReply | null }) {
  const { t } = useTranslation("questions");
  const [form, fields] = useServerForm<{ text: string }>({ id: "question-reply", lastResult });
  return (
    <>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate className="rounded border-2 border-gray-300 bg-white p-4">
        <input type="hidden" name="intent" value="reply" />
        <TextareaField meta={fields.text} label={t("thread.reply")} rows={5} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("thread.send")}
        </button>
      </CreateForm>
    </>
  );
}

/** The asker's marks on their thread: one button each, or a button to take the mark back. */
export function FlagForms({ flag }: { flag: "TOO_MUCH" | "MOVE" | null }) {
  const { t } = useTranslation("questions");
  const button = (value: "TOO_MUCH" | "MOVE" | "NONE", label: string) => (
    <Form method="post" key={value}>
      <input type="hidden" name="intent" value="flag" />
      <input type="hidden" name="flag" value={value} />
      <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-bold text-brand">
        {label}
      </button>
    </Form>
  );
  return (
    <section aria-labelledby="flag-heading" className="space-y-3">
      <h2 id="flag-heading" className="text-xl font-bold">
        {t("flag.title")}
      </h2>
      {flag ? (
        <>
          <p>{t("flag.marked", { flag: t(`flag.${flag}`) })}</p>
          {button("NONE", t("flag.takeBack"))}
        </>
      ) : (
        <>
          <p>{t("flag.hint")}</p>
          <div className="flex flex-wrap gap-3">
            {button("TOO_MUCH", t("flag.TOO_MUCH"))}
            {button("MOVE", t("flag.MOVE"))}
          </div>
        </>
      )}
    </section>
  );
}
