import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import { Link } from "~/components/link";
import { VersionList } from "~/components/meetings/version-list";
import type { OutcomePageView } from "~/modules/meetings/outcome-page.server";
import type { OutcomeInput } from "~/modules/meetings/outcome.schema.server";
import { planCategories } from "~/modules/plan/plan.constants";

const decisions = ["PLAN_STARTS", "PLAN_CONTINUES", "PLAN_ENDS"] as const;
const button = "rounded bg-green-800 px-4 py-2 font-bold text-white";

/** The social worker's record of what was decided, with the next dates proposed (or already booked). */
export function OutcomeForm({ view, lastResult }: { view: OutcomePageView; lastResult: FormReply | null }) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<OutcomeInput>({
    id: "meeting-outcome",
    lastResult,
    defaultValue: view.values,
  });
  const meetingLink = (booked: { id: string; when: string }, label: string) => (
    <p>
      {t(label, { when: booked.when })}{" "}
      <Link to={`/families/${view.familyId}/meetings/${booked.id}`} className="text-brand underline">
        {t("outcome.openBooked")}
      </Link>
    </p>
  );
  return (
    <section aria-labelledby="outcome-form" className="space-y-3">
      <h2 id="outcome-form" className="text-xl font-bold">
        {view.versions.length > 0 ? t("outcome.changeTitle") : t("outcome.recordTitle")}
      </h2>
      <p>{t("outcome.intro")}</p>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} method="post" noValidate>
        <input type="hidden" name="version" value={view.version} />
        {view.decides ? (
          <>
            <Radios
              meta={fields.decision}
              legend={t("outcome.decision")}
              options={decisions.map((decision) => ({
                value: decision,
                label: t(`outcome.decisions.${decision}`),
              }))}
            />
            <Radios
              meta={fields.category}
              legend={t("outcome.category")}
              hint={t("outcome.categoryHint")}
              options={planCategories.map((category) => ({
                value: category,
                label: t(`plan:category.${category}`),
              }))}
            />
            <WritingTextareaField
              meta={fields.disagreed}
              label={t("outcome.disagreed")}
              hint={t("outcome.disagreedHint")}
              rows={4}
            />
          </>
        ) : null}
        <WritingTextareaField
          meta={fields.planChanges}
          label={t("outcome.planChanges")}
          hint={t("outcome.planChangesHint")}
          rows={4}
        />
        {view.asks.coreGroup ? (
          <Field
            meta={fields.nextCoreGroup}
            type="date"
            label={t("outcome.nextCoreGroup")}
            hint={t("outcome.proposedHint", { date: view.proposed.coreGroup })}
          />
        ) : view.booked.coreGroup ? (
          meetingLink(view.booked.coreGroup, "outcome.coreGroupBooked")
        ) : null}
        {view.asks.review ? (
          <Field
            meta={fields.nextReview}
            type="date"
            label={t("outcome.nextReview")}
            hint={t("outcome.proposedHint", { date: view.proposed.review ?? "" })}
          />
        ) : view.booked.review ? (
          meetingLink(view.booked.review, "outcome.reviewBooked")
        ) : null}
        {view.asks.coreGroup || view.asks.review ? <p>{t("outcome.bookingHint")}</p> : null}
        <button type="submit" className={button}>
          {t("outcome.save")}
        </button>
      </CreateForm>
      <VersionList
        summary={t("outcome.versions")}
        line={(version, name) =>
          t("outcome.versionLine", { version: version.version, when: version.at, name })
        }
        versions={view.versions}
      />
    </section>
  );
}
