import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { FieldShell } from "~/components/forms/field";
import { Checkboxes } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import type { RuleInput } from "~/modules/rules/rules.schema.server";

export type Nameable = { membershipId: string; name: string; role: string };

/**
 * The rule's form, for a new rule, a change and the conflict page. One plain form that works
 * without JavaScript; the plan editor's writing helper sits under each text box.
 */
export function RuleForm({
  id,
  reply,
  defaultValue,
  people,
  worries,
  revision,
  submitLabel,
}: {
  id: string;
  reply: FormReply | null;
  /** What the form starts from: the saved rule, or what this person wrote (the conflict page). */
  defaultValue: Record<string, unknown>;
  people: Nameable[];
  worries: { id: string; text: string }[];
  revision?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("rules");
  const [form, fields] = useServerForm<RuleInput>({ id, lastResult: reply, defaultValue });
  const options = people.map((person) => ({
    value: person.membershipId,
    label: (
      <>
        <bdi>{person.name}</bdi> ({t(`common:roles.${person.role}`)})
      </>
    ),
  }));
  // A new rule saves once however often it is posted; a change is guarded by its revision.
  const RuleFormTag = revision ? Form : CreateForm;
  return (
    <RuleFormTag id={form.id} method="post" noValidate className="space-y-4">
      <ErrorSummary form={form} />
      {revision ? <input type="hidden" name="revision" value={revision} /> : null}
      <WritingTextareaField meta={fields.text} label={t("form.text")} hint={t("form.textHint")} />
      <Checkboxes
        meta={fields.involved}
        legend={t("form.involved")}
        hint={t("form.involvedHint")}
        options={options}
      />
      <FieldShell
        meta={fields.worryId}
        label={t("form.worry")}
        hint={worries.length === 0 ? t("form.noPlan") : undefined}
      >
        {({ describedBy, invalid }) => (
          <select
            key={fields.worryId.key}
            id={fields.worryId.id}
            name={fields.worryId.name}
            defaultValue={textOf(fields.worryId.initialValue)}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            className="mt-1 block w-full rounded border-2 border-gray-800 px-2 py-2"
          >
            <option value="">{t("form.noWorry")}</option>
            {worries.map((worry) => (
              <option key={worry.id} value={worry.id}>
                {worry.text}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <Checkboxes
        meta={fields.checkers}
        legend={t("form.checkers")}
        hint={t("form.checkersHint")}
        options={options}
      />
      <WritingTextareaField
        meta={fields.warningSigns}
        label={t("form.warningSigns")}
        hint={t("form.warningSignsHint")}
      />
      <WritingTextareaField meta={fields.ifBroken} label={t("form.ifBroken")} hint={t("form.ifBrokenHint")} />
      <TextareaField meta={fields.whoToCall} label={t("form.whoToCall")} hint={t("form.whoToCallHint")} />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {submitLabel}
      </button>
    </RuleFormTag>
  );
}
