import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyFieldShell as FieldShell,
} from "~/components/forms/legacy";
import { contactAudiences, contactFields } from "~/modules/network/contact-fields";
import {
  hideableMembers,
  ownSharingHistory,
  parseContactForm,
  saveContactSharing,
} from "~/modules/network/contacts.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "network:contact.title", i18n: ["network"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "network", "shareContactDetails", {
    context,
  });
  const [history, members, formatDate] = await Promise.all([
    ownSharingHistory({ familyId: access.familyId, membershipId: access.membershipId }),
    hideableMembers({ familyId: access.familyId, membershipId: access.membershipId }),
    dateFormatter(request),
  ]);
  const current = history[0];
  return {
    familyId: access.familyId,
    members,
    values: current
      ? {
          phone: current.phone,
          email: current.email,
          address: current.address,
          phoneAudience: current.phoneAudience,
          emailAudience: current.emailAudience,
          addressAudience: current.addressAudience,
          hiddenFrom: current.hiddenFrom,
        }
      : {
          phone: "",
          email: "",
          address: "",
          phoneAudience: "NOBODY",
          emailAudience: "NOBODY",
          addressAudience: "NOBODY",
          hiddenFrom: [] as string[],
        },
    // Who changed what, when: only the member's own history, and only the fields that changed.
    history: history.map((row, index) => {
      const before = history[index + 1];
      const changed = before
        ? [
            ...contactFields.filter(
              (field) =>
                row[field] !== before[field] || row[`${field}Audience`] !== before[`${field}Audience`],
            ),
            ...(row.hiddenFrom.join() !== before.hiddenFrom.join() ? ["hiddenFrom" as const] : []),
          ]
        : (["first"] as const);
      return { at: formatDate(row.createdAt), changed: [...changed] };
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "network", "shareContactDetails");
  const form = await readForm(request);
  const parsed = parseContactForm(form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const saved = await saveOnce({ personId: access.person.id, kind: "network.contact", form }, () =>
    saveContactSharing({ access, input: parsed.data, request }),
  );
  if (!saved.ok) return data({ errors: saved.errors, values: { ...parsed.data } }, { status: 400 });
  return redirect(`/families/${access.familyId}/network?done=contact`);
}

export default function ContactSharing() {
  const { t } = useTranslation("network");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = { ...loaded.values, ...(result?.values ?? {}) } as Record<string, string | string[]>;
  const errors = result?.errors ?? {};
  const hidden = new Set(Array.isArray(values.hiddenFrom) ? values.hiddenFrom : []);
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("contact.title")}</h1>
      <p>{t("contact.intro")}</p>
      <ErrorSummary errors={errors} />
      <CreateForm className="space-y-6">
        {contactFields.map((field) => (
          <fieldset key={field} className="rounded bg-white p-3">
            <legend className="text-lg font-bold">{t(`contact.${field}`)}</legend>
            <Field
              name={field}
              label={t(`contact.${field}Label`)}
              defaultValue={text(field)}
              error={errors[field]}
              type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
              autoComplete={field === "email" ? "email" : field === "phone" ? "tel" : "street-address"}
            />
            <FieldShell
              id={`${field}Audience`}
              label={t("contact.whoSees")}
              error={errors[`${field}Audience`]}
            >
              {({ describedBy, invalid }) => (
                <select
                  id={`${field}Audience`}
                  name={`${field}Audience`}
                  defaultValue={text(`${field}Audience`) || "NOBODY"}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  className="mt-1 block rounded border-2 border-gray-800 px-2 py-2"
                >
                  {contactAudiences.map((audience) => (
                    <option key={audience} value={audience}>
                      {t(`contact.audience.${audience}`)}
                    </option>
                  ))}
                </select>
              )}
            </FieldShell>
          </fieldset>
        ))}
        {loaded.members.length > 0 ? (
          <fieldset id="hiddenFrom" className="rounded bg-white p-3" aria-describedby="hiddenFrom-hint">
            <legend className="text-lg font-bold">{t("contact.hideFrom")}</legend>
            <p id="hiddenFrom-hint" className="text-sm text-gray-700">
              {t("contact.hideFromHint")}
            </p>
            {errors.hiddenFrom ? <p className="font-bold text-red-700">{t(errors.hiddenFrom)}</p> : null}
            <ul className="mt-2 space-y-1">
              {loaded.members.map((member) => (
                <li key={member.membershipId}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name="hiddenFrom"
                      value={member.membershipId}
                      defaultChecked={hidden.has(member.membershipId)}
                      className="h-5 w-5"
                    />
                    <bdi>{member.name}</bdi>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
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
