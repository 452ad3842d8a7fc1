import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Checkboxes, Fieldset } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { useServerForm } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { contactAudiences, contactFields } from "~/modules/network/contact-fields";
import { contactSharingPage } from "~/modules/network/contact-page.server";
import {
  ContactSharingSchema,
  saveContactSharing,
  type ContactSharingInput,
} from "~/modules/network/contacts.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "network:contact.title", i18n: ["network"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "network", "shareContactDetails", {
    context,
  });
  return contactSharingPage({ access, request });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "network", "shareContactDetails");
  const form = await readForm(request);
  const submission = parseSubmission(form, ContactSharingSchema);
  if (submission.status !== "success") return refuse(submission);
  const input = submission.value;
  const saved = await saveOnce({ personId: access.person.id, kind: "network.contact", form }, () =>
    saveContactSharing({ access, input, request }),
  );
  if (!saved.ok) return refuse(submission, saved.errors);
  return redirect(`/families/${access.familyId}/network?done=contact`);
}

const inputType = { phone: "tel", email: "email", address: "text" } as const;
const autoComplete = { phone: "tel", email: "email", address: "street-address" } as const;

export default function ContactSharing() {
  const { t } = useTranslation("network");
  const loaded = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<ContactSharingInput>({
    id: "contact",
    lastResult: useActionData<typeof action>(),
    defaultValue: loaded.values,
  });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("contact.title")}</h1>
      <p>{t("contact.intro")}</p>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate className="space-y-6">
        {contactFields.map((field) => (
          <div key={field} className="rounded bg-white p-3">
            {/* A detail and who sees it: two answers under one heading. */}
            <Fieldset legend={t(`contact.${field}`)} large>
              <Field
                meta={fields[field]}
                label={t(`contact.${field}Label`)}
                type={inputType[field]}
                autoComplete={autoComplete[field]}
              />
              <SelectField
                meta={fields[`${field}Audience`]}
                label={t("contact.whoSees")}
                options={contactAudiences.map((audience) => ({
                  value: audience,
                  label: t(`contact.audience.${audience}`),
                }))}
              />
            </Fieldset>
          </div>
        ))}
        {loaded.members.length > 0 ? (
          <div className="rounded bg-white p-3">
            <Checkboxes
              meta={fields.hiddenFrom}
              legend={t("contact.hideFrom")}
              hint={t("contact.hideFromHint")}
              large
              options={loaded.members.map((member) => ({
                value: member.membershipId,
                label: <bdi>{member.name}</bdi>,
              }))}
            />
          </div>
        ) : null}
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("contact.save")}
        </button>
      </CreateForm>
      <p>
        <Link to={`/families/${loaded.familyId}/network`} className="text-brand underline">
          {t("contact.back")}
        </Link>
      </p>
      {loaded.history.length > 0 ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-xl font-bold">
            {t("contact.history")}
          </h2>
          <ul className="list-disc pl-5">
            {loaded.history.map((entry, index) => (
              <li key={index}>
                {t("contact.changedOn", { date: entry.at })}{" "}
                {entry.changed.map((field) => t(`contact.changed.${field}`)).join(", ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
