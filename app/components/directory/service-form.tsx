import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Checkboxes, Fieldset, Radios } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { directoryAudiences, directoryCategories } from "~/modules/directory/directory.constants";
import { weekdayCodes, weekdayNames } from "~/modules/directory/opening-hours";

type Props = {
  /** What the form starts from: the saved entry, or a new entry's choices. */
  defaultValue: Record<string, string | string[]>;
  /** The action's answer to a refused post: what was typed, with the errors. */
  lastResult: FormReply | null;
  /** Hidden fields: the revision being edited, or the organisation. */
  hidden: Record<string, string>;
  /** For a new entry: the short code is chosen once; for an edit it is fixed. */
  isNew: boolean;
  organisations?: { id: string; name: string }[];
};

// The one-line boxes about how to reach the service, in the order the form shows them.
const contactFields = [
  { name: "provider" },
  { name: "phone", type: "tel", hint: true },
  { name: "textRelay", type: "tel", hint: true },
  { name: "url", type: "url", hint: true, spellCheck: false },
  { name: "email", type: "email", hint: true, spellCheck: false },
] as const;

/** The whole entry as one plain form: it posts and comes back filled in, with or without JavaScript. */
export function ServiceForm({ defaultValue, lastResult, hidden, isNew, organisations = [] }: Props) {
  const { t } = useTranslation("directory");
  const [form, fields] = useServerForm({ id: "service", lastResult, defaultValue });
  // A new entry saves once however often it is posted; a change is guarded by its revision.
  const ServiceFormTag = isNew ? CreateForm : Form;
  const bankHolidays = fields.closedOnBankHolidays;
  return (
    <>
      <ErrorSummary form={form} />
      <ServiceFormTag method="post" id={form.id} noValidate>
        {Object.entries(hidden).map(([name, hiddenValue]) => (
          <input key={name} type="hidden" name={name} value={hiddenValue} />
        ))}
        {isNew && organisations.length > 1 ? (
          <SelectField
            meta={fields.organisationId}
            label={t("edit.organisation")}
            hint={t("edit.organisationHint")}
            options={organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            className="bg-white"
          />
        ) : null}
        {isNew ? (
          <Field
            meta={fields.serviceId}
            label={t("edit.serviceId")}
            hint={t("edit.serviceIdHint")}
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
        <Field meta={fields.name} label={t("edit.name")} autoComplete="off" />
        <TextareaField meta={fields.description} label={t("edit.description")} />
        <Field
          meta={fields.welshName}
          label={t("edit.welshName")}
          hint={t("edit.welshNameHint")}
          autoComplete="off"
          lang="cy"
        />
        <TextareaField
          meta={fields.welshDescription}
          label={t("edit.welshDescription")}
          hint={t("edit.welshDescriptionHint")}
          lang="cy"
        />
        {contactFields.map((field) => (
          <Field
            key={field.name}
            meta={fields[field.name]}
            type={"type" in field ? field.type : undefined}
            label={t(`edit.${field.name}`)}
            hint={"hint" in field ? t(`edit.${field.name}Hint`) : undefined}
            autoComplete="off"
            spellCheck={"spellCheck" in field ? field.spellCheck : undefined}
          />
        ))}
        <Fieldset large legend={t("edit.hours")} hint={t("edit.hoursHint")}>
          {weekdayCodes.map((code, index) => {
            const day = t(`days.${weekdayNames[index]}`);
            return (
              <div key={code} className="mt-3 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
                {(["opens", "closes", "opens2", "closes2"] as const).map((kind) => (
                  <Field
                    key={kind}
                    meta={fields[`${kind}-${code}`]}
                    label={t(`edit.${kind}`, { day })}
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="09:30"
                    className="max-w-[8rem]"
                  />
                ))}
              </div>
            );
          })}
          <div className="mt-3 flex items-center gap-2">
            <input
              key={bankHolidays.key}
              type="checkbox"
              id={bankHolidays.id}
              name={bankHolidays.name}
              defaultChecked={textOf(bankHolidays.initialValue) === "on"}
              className="h-5 w-5"
            />
            <label htmlFor={bankHolidays.id}>{t("edit.bankHolidays")}</label>
          </div>
        </Fieldset>
        <Field meta={fields.bankHolidayNote} label={t("edit.bankHolidayNote")} autoComplete="off" />
        <Field
          meta={fields.languages}
          label={t("edit.languages")}
          hint={t("edit.languagesHint")}
          autoComplete="off"
          spellCheck={false}
        />
        <Checkboxes
          meta={fields.audiences}
          legend={t("edit.audiences")}
          options={directoryAudiences.map((code) => ({ value: code, label: t(`audiences.${code}`) }))}
        />
        <Checkboxes
          meta={fields.categories}
          legend={t("edit.categories")}
          options={directoryCategories.map((code) => ({ value: code, label: t(`categories.${code}`) }))}
        />
        <Radios
          meta={fields.areaType}
          legend={t("edit.area")}
          options={[
            { value: "local_authority", label: t("edit.areaLocal") },
            { value: "national", label: t("edit.areaNational") },
          ]}
        />
        <Field
          meta={fields.areaName}
          label={t("edit.areaName")}
          hint={t("edit.areaHint")}
          autoComplete="off"
        />
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("edit.save")}
        </button>
      </ServiceFormTag>
    </>
  );
}
