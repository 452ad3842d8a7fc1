import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { WhatToDoNow } from "~/components/what-to-do-now";
import { whatToDoNumbers } from "~/modules/organisation/contacts.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { createReport, liveRule } from "~/modules/rules/reports.server";
import { reportKinds } from "~/modules/rules/rule-status";
import { ReportSchema, type ReportInput } from "~/modules/rules/rules.schema.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

// A plain form: no JavaScript needed, and the numbers to call come first.
export const handle: RouteHandle = { titleKey: "rules:report.title", i18n: ["rules"] };

/** A rule of this family that is still in use, with its current words. */
async function requireLiveRule(familyId: string, ruleIdParam: string | undefined) {
  const rule = await liveRule({ familyId, ruleId: requireIdParam(ruleIdParam) });
  if (!rule) throw notFound();
  return rule;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "report", { context });
  const [rule, numbers] = await Promise.all([
    requireLiveRule(access.familyId, params.ruleId),
    whatToDoNumbers({ familyId: access.familyId }),
  ]);
  return {
    familyId: access.familyId,
    rule,
    numbers: { socialWorkPhone: numbers.socialWorkPhone, outOfHoursPhone: numbers.outOfHoursPhone },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "report");
  const rule = await requireLiveRule(access.familyId, params.ruleId);
  const form = await readForm(request);
  const submission = parseSubmission(form, ReportSchema);
  if (submission.status !== "success") return refuse(submission);
  const reportId = await saveOnce({ personId: access.person.id, kind: `rule.report:${rule.id}`, form }, () =>
    createReport({ access, ruleId: rule.id, input: submission.value, request }),
  );
  // The rule ended while the form was open: as for any ended rule, there is no form to send.
  if (!reportId) throw notFound();
  return redirect(`/families/${access.familyId}/rules/reports/${reportId}?sent=1`);
}

export default function ReportRule() {
  const { t } = useTranslation("rules");
  const { familyId, rule, numbers } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<ReportInput>({
    id: "rule-report",
    lastResult: useActionData<typeof action>(),
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${familyId}/rules/${rule.id}`} className="text-brand underline">
          {t("report.backToRule")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("report.title")}</h1>
      <WhatToDoNow {...numbers} />
      <p>
        <strong>{t("report.rule")}</strong> <bdi>{rule.text}</bdi>
      </p>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate className="space-y-4">
        <Radios
          meta={fields.kind}
          legend={t("report.kind")}
          options={reportKinds.map((kind) => ({ value: kind, label: t(`report.${kind}`) }))}
        />
        <TextareaField
          meta={fields.whatHappened}
          label={t("report.whatHappened")}
          hint={t("report.whatHappenedHint")}
          rows={5}
        />
        <Field meta={fields.happenedOn} type="date" label={t("report.happenedOn")} />
        <Field meta={fields.happenedAt} type="time" label={t("report.happenedAt")} />
        <button type="submit" className="rounded bg-red-700 px-4 py-2 font-bold text-white">
          {t("report.send")}
        </button>
      </CreateForm>
    </div>
  );
}
