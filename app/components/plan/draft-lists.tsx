import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/forms/field";
import { Fieldset } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import type { DraftFormValues } from "~/modules/plan/draft-form.server";
import { actionStatuses } from "~/modules/plan/plan.constants";

type Form = FormMetadata<DraftFormValues>;
type Fields = ReturnType<Form["getFieldset"]>;
export type Member = { membershipId: string; name: string; role: string };

const card = "rounded border border-gray-400 bg-white p-3";

// Add and Remove are conform's list buttons: the whole form is posted, so nothing typed is lost,
// and the page comes back with the list changed (docs/decisions/2026-12-05-plan-draft-add-and-remove.md).
function AddButton({ form, name, label }: { form: Form; name: string; label: string }) {
  // The page comes back scrolled to this button, with room above it for the new item.
  return (
    <button
      type="submit"
      {...form.insert.getButtonProps({ name })}
      id={`${name}-add`}
      formAction={`#${name}-add`}
      className="scroll-mt-80 rounded border-2 border-brand px-3 py-1 font-bold text-brand"
    >
      {label}
    </button>
  );
}

function RemoveButton({
  form,
  name,
  index,
  label,
}: {
  form: Form;
  name: string;
  index: number;
  label: string;
}) {
  return (
    <button
      type="submit"
      {...form.remove.getButtonProps({ name, index })}
      className="rounded border-2 border-red-700 px-3 py-1 text-sm text-red-700"
    >
      {label}
    </button>
  );
}

/** The item's id, kept from version to version, so the family's views stay with it. */
function ItemId({ meta }: { meta: FieldMetadata<string> }) {
  return <input type="hidden" name={meta.name} value={textOf(meta.initialValue)} />;
}

export function WorriesList({ form, fields }: { form: Form; fields: Fields }) {
  const { t } = useTranslation("plan");
  return (
    <Fieldset legend={t("draft.worries")} hint={t("draft.worriesHint")} large>
      {fields.worries.getFieldList().map((worry, index) => {
        const item = worry.getFieldset();
        return (
          <div key={worry.key} id={`worries-${textOf(item.id.initialValue)}`} className={`${card} mb-4`}>
            <ItemId meta={item.id} />
            <h3 className="font-bold">{t("draft.worryN", { number: index + 1 })}</h3>
            <TextareaField meta={item.professional} label={t("draft.professionalWording")} />
            <WritingTextareaField
              meta={item.plain}
              label={t("draft.plainWording")}
              hint={t("draft.plainHint")}
            />
            <RemoveButton
              form={form}
              name={fields.worries.name}
              index={index}
              label={t("draft.removeWorry", { number: index + 1 })}
            />
          </div>
        );
      })}
      <AddButton form={form} name={fields.worries.name} label={t("draft.addWorry")} />
    </Fieldset>
  );
}

export function TextList({
  form,
  fields,
  list,
}: {
  form: Form;
  fields: Fields;
  list: "complicatingFactors" | "workingWell";
}) {
  const { t } = useTranslation("plan");
  return (
    <Fieldset legend={t(`draft.${list}`)} large>
      {fields[list].getFieldList().map((entry, index) => {
        const item = entry.getFieldset();
        return (
          <div key={entry.key} id={`${list}-${textOf(item.id.initialValue)}`} className={`${card} mb-4`}>
            <ItemId meta={item.id} />
            <WritingTextareaField meta={item.text} label={t(`draft.${list}N`, { number: index + 1 })} />
            <RemoveButton
              form={form}
              name={fields[list].name}
              index={index}
              label={t(`draft.remove.${list}`, { number: index + 1 })}
            />
          </div>
        );
      })}
      <AddButton form={form} name={fields[list].name} label={t(`draft.add.${list}`)} />
    </Fieldset>
  );
}

export function GoalsList({ form, fields }: { form: Form; fields: Fields }) {
  const { t } = useTranslation("plan");
  // A goal is paired with a worry as the worries stand on the page, just added ones too.
  const worries = fields.worries.getFieldList().map((worry, index) => ({
    value: textOf(worry.getFieldset().id.initialValue),
    label: t("draft.worryN", { number: index + 1 }),
  }));
  return (
    <Fieldset legend={t("draft.goals")} hint={t("draft.goalsHint")} large>
      {fields.goals.getFieldList().map((goal, index) => {
        const item = goal.getFieldset();
        return (
          <div key={goal.key} id={`goals-${textOf(item.id.initialValue)}`} className={`${card} mb-4`}>
            <ItemId meta={item.id} />
            <SelectField
              meta={item.worryId}
              label={t("draft.goalWorry", { number: index + 1 })}
              placeholder={t("draft.noWorry")}
              options={worries}
            />
            <WritingTextareaField
              meta={item.text}
              label={t("draft.goalN", { number: index + 1 })}
              hint={t("draft.goalHint")}
            />
            <RemoveButton
              form={form}
              name={fields.goals.name}
              index={index}
              label={t("draft.removeGoal", { number: index + 1 })}
            />
          </div>
        );
      })}
      <AddButton form={form} name={fields.goals.name} label={t("draft.addGoal")} />
    </Fieldset>
  );
}

export function ActionsList({ form, fields, members }: { form: Form; fields: Fields; members: Member[] }) {
  const { t } = useTranslation("plan");
  const people = members.map((member) => ({
    value: member.membershipId,
    label: `${member.name} (${t(`common:roles.${member.role}`)})`,
  }));
  const statuses = actionStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }));
  return (
    <Fieldset legend={t("draft.actions")} large>
      {fields.actions.getFieldList().map((action, index) => {
        const item = action.getFieldset();
        return (
          <div key={action.key} id={`actions-${textOf(item.id.initialValue)}`} className={`${card} mb-4`}>
            <ItemId meta={item.id} />
            <WritingTextareaField meta={item.what} label={t("draft.actionN", { number: index + 1 })} />
            <SelectField
              meta={item.whoMembershipId}
              label={t("draft.who")}
              placeholder={t("draft.someoneElse")}
              options={people}
            />
            <Field meta={item.whoName} label={t("draft.whoName")} />
            <Field meta={item.byWhen} label={t("draft.byWhen")} type="date" className="max-w-xs" />
            <SelectField meta={item.status} label={t("draft.status")} options={statuses} />
            <RemoveButton
              form={form}
              name={fields.actions.name}
              index={index}
              label={t("draft.removeAction", { number: index + 1 })}
            />
          </div>
        );
      })}
      <AddButton form={form} name={fields.actions.name} label={t("draft.addAction")} />
    </Fieldset>
  );
}
