import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";

type Values = Record<string, string | undefined>;

/** The contact arrangement form, to add one or to change one (then `baseVersion` is set). */
export function ContactForm({
  values,
  errors,
  baseVersion,
  submitLabel,
}: {
  values: Values;
  errors: Values;
  baseVersion?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("kinship");
  // An arrangement saves once however often it is posted; a change is guarded by its version.
  const ContactFormTag = baseVersion ? Form : CreateForm;
  return (
    <>
      <ErrorSummary errors={errors as Record<string, string>} />
      <ContactFormTag method="post" noValidate className="rounded border-2 border-gray-300 bg-white p-4">
        {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
        <Field
          name="who"
          label={t("contact.form.who")}
          hint={t("contact.form.whoHint")}
          autoComplete="off"
          defaultValue={values.who ?? ""}
          error={errors.who}
        />
        <Field
          name="whenText"
          label={t("contact.form.when")}
          hint={t("contact.form.whenHint")}
          autoComplete="off"
          defaultValue={values.whenText ?? ""}
          error={errors.whenText}
        />
        <Field
          name="place"
          label={t("contact.form.place")}
          hint={t("contact.form.placeHint")}
          autoComplete="off"
          defaultValue={values.place ?? ""}
          error={errors.place}
        />
        <fieldset
          className={`mb-5 ${errors.supervised ? "border-l-4 border-red-700 pl-3" : ""}`}
          aria-describedby={errors.supervised ? "supervised-error" : undefined}
        >
          <legend className="font-bold">{t("contact.form.supervised")}</legend>
          {errors.supervised ? (
            <p id="supervised-error" className="font-bold text-red-700">
              <span className="sr-only">{t("errors:prefix")}: </span>
              {t(errors.supervised)}
            </p>
          ) : null}
          {(["yes", "no"] as const).map((choice, index) => (
            <div key={choice} className="mt-2 flex items-start gap-2">
              <input
                type="radio"
                name="supervised"
                value={choice}
                id={index === 0 ? "supervised" : `supervised-${choice}`}
                defaultChecked={values.supervised === choice}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={index === 0 ? "supervised" : `supervised-${choice}`}>
                {t(`contact.form.supervisedChoice.${choice}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          name="supervisor"
          label={t("contact.form.supervisor")}
          hint={t("contact.form.supervisorHint")}
          autoComplete="off"
          defaultValue={values.supervisor ?? ""}
          error={errors.supervisor}
        />
        <TextareaField
          name="ownSteps"
          label={t("contact.form.ownSteps")}
          hint={t("contact.form.ownStepsHint")}
          defaultValue={values.ownSteps ?? ""}
          error={errors.ownSteps}
          rows={4}
        />
        {baseVersion ? (
          <div className="mb-5 flex items-start gap-2">
            <input
              type="checkbox"
              name="stopped"
              value="yes"
              id="stopped"
              defaultChecked={values.stopped === "yes"}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor="stopped">{t("contact.form.stopped")}</label>
          </div>
        ) : null}
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {submitLabel}
        </button>
      </ContactFormTag>
    </>
  );
}

/** The fixed guidance: what to do if an adult is late, or seems drunk or high. */
export function ContactGuidance() {
  const { t } = useTranslation("kinship");
  return (
    <section aria-labelledby="contact-guidance" className="rounded border-2 border-green-800 bg-white p-4">
      <h2 id="contact-guidance" className="text-xl font-bold">
        {t("contact.guidance.title")}
      </h2>
      <h3 className="mt-3 font-bold">{t("contact.guidance.lateTitle")}</h3>
      <ul className="list-disc pl-6">
        {(["late1", "late2", "late3"] as const).map((key) => (
          <li key={key}>{t(`contact.guidance.${key}`)}</li>
        ))}
      </ul>
      <h3 className="mt-3 font-bold">{t("contact.guidance.unwellTitle")}</h3>
      <ul className="list-disc pl-6">
        {(["unwell1", "unwell2", "unwell3", "unwell4", "unwell5"] as const).map((key) => (
          <li key={key}>{t(`contact.guidance.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
}
