import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Fieldset } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import { ActionsList, GoalsList, TextList, WorriesList, type Member } from "~/components/plan/draft-lists";
import type { DraftFormValues } from "~/modules/plan/draft-form.server";
import { planCategories, planLevels } from "~/modules/plan/plan.constants";

/**
 * The plan editor: one plain form that works without JavaScript, for the draft page and the
 * conflict page. `revision` is the saved draft this form saves on top of.
 */
export function DraftForm({
  reply,
  defaultValue,
  revision,
  members,
  latestNumber,
}: {
  reply: FormReply | null;
  /** What the form starts from: the saved draft, or what this person wrote (the conflict page). */
  defaultValue: DraftFormValues;
  revision: number;
  members: Member[];
  latestNumber: number;
}) {
  const { t } = useTranslation("plan");
  const [form, fields] = useServerForm<DraftFormValues>({
    id: "plan-draft",
    lastResult: reply,
    defaultValue,
  });
  return (
    <Form id={form.id} method="post" noValidate className="space-y-8">
      <ErrorSummary form={form} />
      <input type="hidden" name="revision" value={revision} />
      {/* Enter in a text box saves, rather than pressing the first "Remove" button. */}
      <button type="submit" name="intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true" />

      <Fieldset legend={t("draft.facts")} large>
        <SelectField
          meta={fields.level}
          label={t("draft.level")}
          options={planLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        />
        <SelectField
          meta={fields.category}
          label={t("draft.category")}
          placeholder={t("draft.noCategory")}
          options={planCategories.map((category) => ({ value: category, label: t(`category.${category}`) }))}
        />
        <Field
          meta={fields.initialConferenceDate}
          label={t("draft.initialConferenceDate")}
          type="date"
          className="max-w-xs"
        />
        <Field
          meta={fields.nextReviewDate}
          label={t("draft.nextReviewDate")}
          type="date"
          className="max-w-xs"
        />
      </Fieldset>

      <WorriesList form={form} fields={fields} />
      <TextList form={form} fields={fields} list="complicatingFactors" />
      <TextList form={form} fields={fields} list="workingWell" />
      <GoalsList form={form} fields={fields} />
      <ActionsList form={form} fields={fields} members={members} />

      <Fieldset legend={t("draft.more")} large>
        <WritingTextareaField
          meta={fields.ifNotFollowed}
          label={t("draft.ifNotFollowed")}
          hint={t("draft.ifNotFollowedHint")}
        />
        <WritingTextareaField
          meta={fields.scalingQuestion}
          label={t("draft.scalingQuestion")}
          hint={t("draft.scalingQuestionHint")}
        />
      </Fieldset>

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="save"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white"
        >
          {t("draft.save")}
        </button>
        <button
          type="submit"
          name="intent"
          value="publish"
          className="rounded bg-brand px-4 py-2 font-bold text-white"
        >
          {t("draft.publish", { number: latestNumber + 1 })}
        </button>
      </div>
    </Form>
  );
}
