import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyField as Field,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { WhatToDoNow } from "~/components/rules/what-to-do-now";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { createReport, liveRule, whatToDoNumbers } from "~/modules/rules/reports.server";
import { reportKinds } from "~/modules/rules/rule-status";
import { parseWith, ReportSchema } from "~/modules/rules/rules.schema.server";
import type { RouteHandle } from "~/root";
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
  const parsed = parseWith(form, ReportSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const reportId = await saveOnce({ personId: access.person.id, kind: `rule.report:${rule.id}`, form }, () =>
    createReport({ access, ruleId: rule.id, input: parsed.data, request }),
  );
  // The rule ended while the form was open: as for any ended rule, there is no form to send.
  if (!reportId) throw notFound();
  return redirect(`/families/${access.familyId}/rules/reports/${reportId}?sent=1`);
}

export default function ReportRule() {
  const { t } = useTranslation("rules");
  const { familyId, rule, numbers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};
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
      <ErrorSummary errors={errors} />
      <CreateForm noValidate className="space-y-4">
        <fieldset className={`mb-4 ${errors.kind ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <legend className="font-bold">{t("report.kind")}</legend>
          {errors.kind ? <p className="font-bold text-red-700">{t(errors.kind)}</p> : null}
          {reportKinds.map((kind, index) => (
            <div key={kind} className="mt-2 flex items-center gap-2">
              <input
                type="radio"
                id={index === 0 ? "kind" : `kind-${kind}`}
                name="kind"
                value={kind}
                defaultChecked={values.kind === kind}
                className="h-5 w-5"
              />
              <label htmlFor={index === 0 ? "kind" : `kind-${kind}`}>{t(`report.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextareaField
          name="whatHappened"
          label={t("report.whatHappened")}
          hint={t("report.whatHappenedHint")}
          defaultValue={values.whatHappened ?? ""}
          error={errors.whatHappened}
          rows={5}
        />
        <Field
          name="happenedOn"
          type="date"
          label={t("report.happenedOn")}
          defaultValue={values.happenedOn ?? ""}
          error={errors.happenedOn}
        />
        <Field
          name="happenedAt"
          type="time"
          label={t("report.happenedAt")}
          defaultValue={values.happenedAt ?? ""}
          error={errors.happenedAt}
        />
        <button type="submit" className="rounded bg-red-700 px-4 py-2 font-bold text-white">
          {t("report.send")}
        </button>
      </CreateForm>
    </div>
  );
}
