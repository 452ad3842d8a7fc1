import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { directoryAudiences, directoryCategories } from "~/modules/directory/directory.constants";
import { weekdayCodes, weekdayNames } from "~/modules/directory/opening-hours";

type Props = {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Hidden fields: the revision being edited, or the organisation. */
  hidden: Record<string, string>;
  /** For a new entry: the short code is chosen once; for an edit it is fixed. */
  isNew: boolean;
  organisations?: { id: string; name: string }[];
};

/** The whole entry as one plain form: it posts and comes back filled in, with or without JavaScript. */
export function ServiceForm({ values, errors, hidden, isNew, organisations = [] }: Props) {
  const { t } = useTranslation("directory");
  const value = (name: string) => values[name] ?? "";
  // A new entry saves once however often it is posted; a change is guarded by its revision.
  const ServiceFormTag = isNew ? CreateForm : Form;
  const chosen = (name: string) => value(name).split("|");
  const checkboxes = (name: "audiences" | "categories", codes: readonly string[]) => (
    <fieldset
      className={`mb-5 ${errors[name] ? "border-l-4 border-red-700 pl-3" : ""}`}
      aria-describedby={errors[name] ? `${name}-error` : undefined}
    >
      <legend className="font-bold">{t(`edit.${name}`)}</legend>
      {errors[name] ? (
        <p id={`${name}-error`} className="font-bold text-red-700">
          <span className="sr-only">{t("errors:prefix")}: </span>
          {t(errors[name])}
        </p>
      ) : null}
      {codes.map((code, index) => (
        <div key={code} className="mt-1 flex items-center gap-2">
          <input
            type="checkbox"
            id={index === 0 ? name : `${name}-${code}`}
            name={name}
            value={code}
            defaultChecked={chosen(name).includes(code)}
            className="h-5 w-5"
          />
          <label htmlFor={index === 0 ? name : `${name}-${code}`}>{t(`${name}.${code}`)}</label>
        </div>
      ))}
    </fieldset>
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      <ServiceFormTag method="post" noValidate>
        {Object.entries(hidden).map(([name, hiddenValue]) => (
          <input key={name} type="hidden" name={name} value={hiddenValue} />
        ))}
        {isNew && organisations.length > 1 ? (
          <div className="mb-5">
            <label htmlFor="organisationId" className="block font-bold">
              {t("edit.organisation")}
            </label>
            <p className="text-sm text-gray-700">{t("edit.organisationHint")}</p>
            <select
              id="organisationId"
              name="organisationId"
              defaultValue={value("organisationId")}
              className="mt-1 block rounded border-2 border-gray-800 bg-white px-2 py-2"
            >
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {isNew ? (
          <Field
            name="serviceId"
            label={t("edit.serviceId")}
            hint={t("edit.serviceIdHint")}
            defaultValue={value("serviceId")}
            error={errors.serviceId}
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
        <Field
          name="name"
          label={t("edit.name")}
          defaultValue={value("name")}
          error={errors.name}
          autoComplete="off"
        />
        <TextareaField
          name="description"
          label={t("edit.description")}
          defaultValue={value("description")}
          error={errors.description}
        />
        <Field
          name="welshName"
          label={t("edit.welshName")}
          hint={t("edit.welshNameHint")}
          defaultValue={value("welshName")}
          error={errors.welshName}
          autoComplete="off"
          lang="cy"
        />
        <TextareaField
          name="welshDescription"
          label={t("edit.welshDescription")}
          hint={t("edit.welshDescriptionHint")}
          defaultValue={value("welshDescription")}
          error={errors.welshDescription}
          lang="cy"
        />
        <Field
          name="provider"
          label={t("edit.provider")}
          defaultValue={value("provider")}
          error={errors.provider}
          autoComplete="off"
        />
        <Field
          name="phone"
          type="tel"
          label={t("edit.phone")}
          hint={t("edit.phoneHint")}
          defaultValue={value("phone")}
          error={errors.phone}
          autoComplete="off"
        />
        <Field
          name="textRelay"
          type="tel"
          label={t("edit.textRelay")}
          hint={t("edit.textRelayHint")}
          defaultValue={value("textRelay")}
          error={errors.textRelay}
          autoComplete="off"
        />
        <Field
          name="url"
          type="url"
          label={t("edit.url")}
          hint={t("edit.urlHint")}
          defaultValue={value("url")}
          error={errors.url}
          autoComplete="off"
          spellCheck={false}
        />
        <Field
          name="email"
          type="email"
          label={t("edit.email")}
          hint={t("edit.emailHint")}
          defaultValue={value("email")}
          error={errors.email}
          autoComplete="off"
          spellCheck={false}
        />
        <fieldset className="mb-5">
          <legend className="text-xl font-bold">{t("edit.hours")}</legend>
          <p className="text-sm text-gray-700">{t("edit.hoursHint")}</p>
          {weekdayCodes.map((code, index) => {
            const day = t(`days.${weekdayNames[index]}`);
            return (
              <div key={code} className="mt-3 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
                {(["opens", "closes", "opens2", "closes2"] as const).map((kind) => (
                  <Field
                    key={kind}
                    name={`${kind}-${code}`}
                    label={t(`edit.${kind}`, { day })}
                    defaultValue={value(`${kind}-${code}`)}
                    error={errors[`${kind}-${code}`]}
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
              type="checkbox"
              id="closedOnBankHolidays"
              name="closedOnBankHolidays"
              defaultChecked={value("closedOnBankHolidays") === "on"}
              className="h-5 w-5"
            />
            <label htmlFor="closedOnBankHolidays">{t("edit.bankHolidays")}</label>
          </div>
        </fieldset>
        <Field
          name="bankHolidayNote"
          label={t("edit.bankHolidayNote")}
          defaultValue={value("bankHolidayNote")}
          error={errors.bankHolidayNote}
          autoComplete="off"
        />
        <Field
          name="languages"
          label={t("edit.languages")}
          hint={t("edit.languagesHint")}
          defaultValue={value("languages")}
          error={errors.languages}
          autoComplete="off"
          spellCheck={false}
        />
        {checkboxes("audiences", directoryAudiences)}
        {checkboxes("categories", directoryCategories)}
        <fieldset className={`mb-5 ${errors.areaType ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <legend className="font-bold">{t("edit.area")}</legend>
          {(["local_authority", "national"] as const).map((type, index) => (
            <div key={type} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                id={index === 0 ? "areaType" : `areaType-${type}`}
                name="areaType"
                value={type}
                defaultChecked={(value("areaType") || "local_authority") === type}
                className="h-5 w-5"
              />
              <label htmlFor={index === 0 ? "areaType" : `areaType-${type}`}>
                {t(type === "national" ? "edit.areaNational" : "edit.areaLocal")}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          name="areaName"
          label={t("edit.areaName")}
          hint={t("edit.areaHint")}
          defaultValue={value("areaName")}
          error={errors.areaName}
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
