import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { replyFor, useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { handOverAction, handOverLoader } from "~/modules/family/hand-over-page.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "family-space:handOver.title", i18n: ["family-space"] };

export const loader = ({ request, params, context }: LoaderFunctionArgs) =>
  handOverLoader({ request, params, context });

export const action = ({ request, params }: ActionFunctionArgs) => handOverAction({ request, params });

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]";

export default function HandOver() {
  const { t } = useTranslation("family-space");
  const { family, leads, seconds, done } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [leadForm, leadFields] = useServerForm({ id: "hand-over", lastResult: replyFor(result, "handOver") });
  const [secondForm, secondFields] = useServerForm({
    id: "second",
    lastResult: replyFor(result, "addSecond"),
  });
  const staffLabel = (person: { name: string; role: string }) =>
    t("handOver.staff", { name: person.name, role: t(`staffRole.${person.role}`) });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/organisation/families" className="text-brand underline">
          {t("handOver.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">
        {t("handOver.title")}: <bdi>{family.name}</bdi>
      </h1>
      {done ? (
        <p role="status" className="rounded border-l-4 border-green-700 bg-white p-3">
          {t(`handOver.done.${done}`)}
        </p>
      ) : null}
      <p>
        {family.socialWorker
          ? isolatedName(
              (slot) => t("handOver.now", { name: slot, date: family.openedAt }),
              family.socialWorker,
            )
          : t("handOver.nobody", { date: family.openedAt })}
      </p>

      <section aria-labelledby="lead-heading" className="space-y-3">
        <h2 id="lead-heading" className="text-xl font-bold">
          {t("handOver.leadHeading")}
        </h2>
        <p>{t("handOver.leadIntro")}</p>
        <ErrorSummary form={leadForm} />
        {leads.length === 0 ? (
          <p>{t("handOver.noStaff")}</p>
        ) : (
          <Form method="post" id={leadForm.id} noValidate>
            <input type="hidden" name="intent" value="handOver" />
            <input type="hidden" name="from" value={family.socialWorkerId ?? ""} />
            <Radios
              meta={leadFields.to}
              legend={t("handOver.to")}
              options={leads.map((person) => ({ value: person.personId, label: staffLabel(person) }))}
            />
            <button type="submit" className={button}>
              {t("handOver.submit")}
            </button>
          </Form>
        )}
      </section>

      <section aria-labelledby="second-heading" className="space-y-3">
        <h2 id="second-heading" className="text-xl font-bold">
          {t("second.heading")}
        </h2>
        <p>{t("second.intro")}</p>
        {family.temporary.length > 0 ? (
          <ul className="space-y-2">
            {family.temporary.map((row) => (
              <li key={row.membershipId} className="flex flex-wrap items-center gap-3 rounded bg-white p-3">
                <span>
                  {isolatedName((slot) => t("second.until", { name: slot, date: row.endsAt }), row.name)}
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="endSecond" />
                  <input type="hidden" name="membershipId" value={row.membershipId} />
                  <button
                    type="submit"
                    className="rounded border-2 border-red-700 px-3 py-1 text-sm text-red-700"
                  >
                    {t("second.end", { name: row.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : null}
        <ErrorSummary form={secondForm} />
        {seconds.length === 0 ? (
          <p>{t("handOver.noStaff")}</p>
        ) : (
          <Form method="post" id={secondForm.id} noValidate>
            <input type="hidden" name="intent" value="addSecond" />
            <SelectField
              meta={secondFields.personId}
              label={t("second.person")}
              placeholder={t("second.choose")}
              options={seconds.map((person) => ({ value: person.personId, label: staffLabel(person) }))}
            />
            <Field
              meta={secondFields.endsOn}
              type="date"
              label={t("second.endsOn")}
              hint={t("second.endsOnHint")}
            />
            <button type="submit" className={button}>
              {t("second.submit")}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}
