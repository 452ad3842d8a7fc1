import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { textOf, useServerForm, type FormReply } from "~/components/forms/use-server-form";

type ContactFields = {
  who: string;
  whenText: string;
  place: string;
  supervised: string;
  supervisor: string;
  ownSteps: string;
  stopped: string;
};

/**
 * The contact arrangement form, to add one or to change one (then `baseVersion` is set).
 * `defaultValue` is the saved arrangement (or, after a clash, what this person typed).
 */
export function ContactForm({
  id,
  lastResult,
  defaultValue,
  baseVersion,
  submitLabel,
}: {
  id: string;
  lastResult?: FormReply | null;
  defaultValue?: Record<string, unknown>;
  baseVersion?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("kinship");
  const [form, fields] = useServerForm<ContactFields>({ id, lastResult, defaultValue });
  // An arrangement saves once however often it is posted; a change is guarded by its version.
  const ContactFormTag = baseVersion ? Form : CreateForm;
  return (
    <>
      <ErrorSummary form={form} />
      <ContactFormTag
        id={form.id}
        method="post"
        noValidate
        className="rounded border-2 border-gray-300 bg-white p-4"
      >
        {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
        <Field
          meta={fields.who}
          label={t("contact.form.who")}
          hint={t("contact.form.whoHint")}
          autoComplete="off"
        />
        <Field
          meta={fields.whenText}
          label={t("contact.form.when")}
          hint={t("contact.form.whenHint")}
          autoComplete="off"
        />
        <Field
          meta={fields.place}
          label={t("contact.form.place")}
          hint={t("contact.form.placeHint")}
          autoComplete="off"
        />
        <Radios
          meta={fields.supervised}
          legend={t("contact.form.supervised")}
          options={(["yes", "no"] as const).map((choice) => ({
            value: choice,
            label: t(`contact.form.supervisedChoice.${choice}`),
          }))}
        />
        <Field
          meta={fields.supervisor}
          label={t("contact.form.supervisor")}
          hint={t("contact.form.supervisorHint")}
          autoComplete="off"
        />
        <TextareaField
          meta={fields.ownSteps}
          label={t("contact.form.ownSteps")}
          hint={t("contact.form.ownStepsHint")}
          rows={4}
        />
        {baseVersion ? (
          // One box on its own, not a group: no fieldset.
          <div className="mb-5 flex items-start gap-2">
            <input
              key={fields.stopped.key}
              type="checkbox"
              name={fields.stopped.name}
              value="yes"
              id={fields.stopped.id}
              defaultChecked={textOf(fields.stopped.initialValue) === "yes"}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={fields.stopped.id}>{t("contact.form.stopped")}</label>
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
