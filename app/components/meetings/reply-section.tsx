import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { meetingAnswers } from "~/modules/meetings/meeting-kinds";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";
import type { ReplyInput } from "~/modules/meetings/meetings.schema.server";

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white";

/** "Are you coming?": the person's answer so far, and the form to give or change it. */
export function ReplySection({
  myAnswer,
  justSaved,
  lastResult,
}: {
  myAnswer: MeetingPageView["myAnswer"];
  justSaved: boolean;
  lastResult: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<ReplyInput>({
    id: "meeting-reply",
    lastResult,
    defaultValue: { answer: myAnswer ?? undefined },
  });
  const said = myAnswer ? t("detail.youSaid", { answer: t(`detail.answers.${myAnswer}`) }) : null;
  return (
    <section aria-labelledby="reply" className="space-y-2">
      <h2 id="reply" className="text-xl font-bold" tabIndex={-1}>
        {t("detail.yourReply")}
      </h2>
      {said ? <p role={justSaved ? "status" : undefined}>{said}</p> : null}
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <input type="hidden" name="intent" value="reply" />
        <Radios
          meta={fields.answer}
          legend={t("detail.answerLegend")}
          options={meetingAnswers.map((answer) => ({ value: answer, label: t(`detail.answers.${answer}`) }))}
        />
        <button type="submit" className={button}>
          {t("detail.sendReply")}
        </button>
      </CreateForm>
    </section>
  );
}
