import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import type { OutcomeSectionView } from "~/modules/meetings/outcome-page.server";
import type { OutcomeAnswerInput } from "~/modules/meetings/outcome.schema.server";

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white";

type Decided = OutcomeSectionView;
type Outcome = NonNullable<Decided["outcome"]>;

/** "What was decided": the outcome in plain words, the next meetings, and "does this match what you heard?". */
export function DecidedSection({
  familyId,
  meetingId,
  decided,
  justSaved,
  lastResult,
}: {
  familyId: string;
  meetingId: string;
  decided: Decided;
  justSaved: boolean;
  lastResult: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  const { outcome } = decided;
  return (
    <section aria-labelledby="decided" className="space-y-2">
      <h2 id="decided" className="text-xl font-bold" tabIndex={-1}>
        {t("decided.title")}
      </h2>
      {outcome ? <OutcomeFacts familyId={familyId} outcome={outcome} /> : <p>{t("decided.none")}</p>}
      {decided.canRecord ? (
        <p>
          <Link to={`/families/${familyId}/meetings/${meetingId}/outcome`} className="text-brand underline">
            {outcome ? t("decided.change") : t("decided.record")}
          </Link>
        </p>
      ) : null}
      {outcome?.canAnswer ? (
        <AnswerForm outcome={outcome} justSaved={justSaved} lastResult={lastResult} />
      ) : null}
    </section>
  );
}

function OutcomeFacts({ familyId, outcome }: { familyId: string; outcome: Outcome }) {
  const { t } = useTranslation("meetings");
  const next = (row: { id: string; when: string } | null, label: string) =>
    row ? (
      <li>
        <Link to={`/families/${familyId}/meetings/${row.id}`} className="text-brand underline">
          {t(label, { when: row.when })}
        </Link>
      </li>
    ) : null;
  return (
    <div className="space-y-2 rounded bg-white p-3">
      {outcome.decision ? <p className="font-bold">{t(`decided.decisions.${outcome.decision}`)}</p> : null}
      {outcome.category ? (
        <p>{t("decided.category", { category: t(`plan:category.${outcome.category}`) })}</p>
      ) : null}
      {outcome.planChanges ? (
        <>
          <h3 className="font-bold">{t("decided.planChanges")}</h3>
          <p dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
            {outcome.planChanges}
          </p>
        </>
      ) : null}
      {outcome.disagreed ? (
        <>
          <h3 className="font-bold">{t("decided.disagreed")}</h3>
          <p dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
            {outcome.disagreed}
          </p>
        </>
      ) : null}
      {outcome.nextCoreGroup || outcome.nextReview ? (
        <>
          <h3 className="font-bold">{t("decided.next")}</h3>
          <ul className="list-disc pl-6">
            {next(outcome.nextCoreGroup, "decided.nextCoreGroup")}
            {next(outcome.nextReview, "decided.nextReview")}
          </ul>
        </>
      ) : null}
      <p className="text-sm text-gray-700">
        {isolatedName((name) => t("decided.by", { name, when: outcome.at }), outcome.by)}
      </p>
    </div>
  );
}

function AnswerForm({
  outcome,
  justSaved,
  lastResult,
}: {
  outcome: Outcome;
  justSaved: boolean;
  lastResult: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<OutcomeAnswerInput>({ id: "outcome-answer", lastResult });
  const mine = outcome.myAnswer;
  return (
    <div className="space-y-2">
      {mine ? (
        <p role={justSaved ? "status" : undefined}>
          {t(mine.matches ? "decided.youSaidYes" : "decided.youSaidNo", { when: mine.at })}
        </p>
      ) : null}
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <input type="hidden" name="intent" value="answerOutcome" />
        <Radios
          meta={fields.heard}
          legend={t("decided.question")}
          options={[
            { value: "same", label: t("decided.answers.yes") },
            { value: "different", label: t("decided.answers.no") },
          ]}
        />
        <WritingTextareaField
          meta={fields.words}
          label={t("decided.words")}
          hint={t("decided.wordsHint")}
          rows={3}
        />
        <button type="submit" className={button}>
          {t("decided.send")}
        </button>
      </CreateForm>
    </div>
  );
}
