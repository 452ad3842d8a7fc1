import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { WritingTextareaField } from "~/components/plan/writing-textarea-field";

export type RuleFormValues = {
  text: string;
  worryId: string;
  warningSigns: string;
  ifBroken: string;
  whoToCall: string;
  involved: string[];
  checkers: string[];
};
export type Nameable = { membershipId: string; name: string; role: string };

/**
 * The rule's form, for a new rule, a change and the conflict page. One plain form that works
 * without JavaScript; the plan editor's writing helper sits under each text box.
 */
export function RuleForm({
  values,
  errors,
  people,
  worries,
  revision,
  submitLabel,
}: {
  values: RuleFormValues;
  errors: Record<string, string>;
  people: Nameable[];
  worries: { id: string; text: string }[];
  revision?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("rules");
  // A new rule saves once however often it is posted; a change is guarded by its revision.
  const RuleFormTag = revision ? Form : CreateForm;
  return (
    <RuleFormTag method="post" noValidate className="space-y-4">
      <ErrorSummary errors={errors} />
      {revision ? <input type="hidden" name="revision" value={revision} /> : null}
      <WritingTextareaField
        name="text"
        label={t("form.text")}
        hint={t("form.textHint")}
        defaultValue={values.text}
        error={errors.text}
      />
      <People
        name="involved"
        legend={t("form.involved")}
        hint={t("form.involvedHint")}
        people={people}
        checked={values.involved}
        error={errors.involved}
      />
      <div className={`mb-5 ${errors.worryId ? "border-l-4 border-red-700 pl-3" : ""}`}>
        <label htmlFor="worryId" className="block font-bold">
          {t("form.worry")}
        </label>
        {errors.worryId ? <p className="font-bold text-red-700">{t(errors.worryId)}</p> : null}
        {worries.length === 0 ? <p className="text-sm text-gray-700">{t("form.noPlan")}</p> : null}
        <select
          id="worryId"
          name="worryId"
          defaultValue={values.worryId}
          className="mt-1 block w-full rounded border-2 border-gray-800 px-2 py-2"
        >
          <option value="">{t("form.noWorry")}</option>
          {worries.map((worry) => (
            <option key={worry.id} value={worry.id}>
              {worry.text}
            </option>
          ))}
        </select>
      </div>
      <People
        name="checkers"
        legend={t("form.checkers")}
        hint={t("form.checkersHint")}
        people={people}
        checked={values.checkers}
        error={errors.checkers}
      />
      <WritingTextareaField
        name="warningSigns"
        label={t("form.warningSigns")}
        hint={t("form.warningSignsHint")}
        defaultValue={values.warningSigns}
        error={errors.warningSigns}
      />
      <WritingTextareaField
        name="ifBroken"
        label={t("form.ifBroken")}
        hint={t("form.ifBrokenHint")}
        defaultValue={values.ifBroken}
        error={errors.ifBroken}
      />
      <TextareaField
        name="whoToCall"
        label={t("form.whoToCall")}
        hint={t("form.whoToCallHint")}
        defaultValue={values.whoToCall}
        error={errors.whoToCall}
      />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {submitLabel}
      </button>
    </RuleFormTag>
  );
}

function People({
  name,
  legend,
  hint,
  people,
  checked,
  error,
}: {
  name: string;
  legend: string;
  hint: string;
  people: Nameable[];
  checked: string[];
  error?: string;
}) {
  const { t } = useTranslation("rules");
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
      aria-describedby={`${name}-hint`}
    >
      <legend className="font-bold">{legend}</legend>
      <p id={`${name}-hint`} className="text-sm text-gray-700">
        {hint}
      </p>
      {error ? <p className="font-bold text-red-700">{t(error)}</p> : null}
      {people.map((person, index) => {
        // The first box carries the field's name as id, so the error summary's link lands here.
        const id = index === 0 ? name : `${name}-${person.membershipId}`;
        return (
          <div key={person.membershipId} className="mt-2 flex items-center gap-2">
            <input
              type="checkbox"
              id={id}
              name={name}
              value={person.membershipId}
              defaultChecked={checked.includes(person.membershipId)}
              className="h-5 w-5"
            />
            <label htmlFor={id}>
              <bdi>{person.name}</bdi> ({t(`common:roles.${person.role}`)})
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
