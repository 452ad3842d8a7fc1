import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { WhatToDoNow } from "~/components/what-to-do-now";
import { familyPeople } from "~/modules/family/people.server";
import { whatToDoNumbers } from "~/modules/organisation/contacts.server";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission, type FamilyAccess } from "~/modules/permissions/guard.server";
import { addFollowUp, getReport, reportedRuleText } from "~/modules/rules/reports.server";
import { FollowUpSchema, type FollowUpInput } from "~/modules/rules/rules.schema.server";
import type { RouteHandle } from "~/root";
import { dateFormatter, formatTime, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "rules:report.reportTitle", i18n: ["rules"] };

/** A report of this family that this member may read (the practitioner, the reporter, the rule's checkers). */
async function requireReport(access: FamilyAccess, reportIdParam: string | undefined) {
  const report = await getReport({ access, reportId: requireIdParam(reportIdParam) });
  if (!report) throw notFound();
  return report;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "view", {
    context,
    audit: "later",
  });
  const report = await requireReport(access, params.reportId);
  const [people, numbers, ruleText, formatDate, language] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    whatToDoNumbers({ familyId: access.familyId }),
    reportedRuleText(report),
    dateFormatter(request),
    requestLanguage(request),
    recordRead(request, access, { action: "rules.report.view", entity: "ruleReport", entityId: report.id }),
  ]);
  return {
    familyId: access.familyId,
    canFollowUp: can(access, "rules", "recordOutcome"),
    numbers: { socialWorkPhone: numbers.socialWorkPhone, outOfHoursPhone: numbers.outOfHoursPhone },
    report: {
      ruleId: report.ruleId,
      ruleText,
      kind: report.kind,
      day: formatDate(report.happenedOn),
      time: report.happenedAt ? formatTime(report.happenedAt, language) : "",
      whatHappened: report.whatHappened,
      by: people.nameOfPerson(report.reporterId),
      date: formatDate(report.createdAt),
      followUps: report.followUps.map((row) => ({
        id: row.id,
        name: people.nameOfPerson(row.personId),
        text: row.text,
        date: formatDate(row.createdAt),
      })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "recordOutcome");
  const report = await requireReport(access, params.reportId);
  const form = await readForm(request);
  const submission = parseSubmission(form, FollowUpSchema);
  if (submission.status !== "success") return refuse(submission);
  await saveOnce({ personId: access.person.id, kind: `rule.followUp:${report.id}`, form }, () =>
    addFollowUp({ access, reportId: report.id, text: submission.value.text, request }),
  );
  return redirect(`/families/${access.familyId}/rules/reports/${report.id}`);
}

export default function ReportPage() {
  const { t } = useTranslation("rules");
  const { familyId, canFollowUp, numbers, report } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<FollowUpInput>({
    id: "rule-follow-up",
    lastResult: useActionData<typeof action>(),
  });
  const [search] = useSearchParams();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${familyId}/rules/reports`} className="text-brand underline">
          {t("report.listTitle")}
        </Link>
      </p>
      {search.get("sent") ? (
        <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
          {t("report.sent")}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">
        {report.time
          ? t("report.kindLineTime", { kind: t(`report.${report.kind}`), day: report.day, time: report.time })
          : t("report.kindLine", { kind: t(`report.${report.kind}`), day: report.day })}
      </h1>
      <WhatToDoNow {...numbers} />
      <p>
        <strong>{t("report.rule")}</strong>{" "}
        <Link to={`/families/${familyId}/rules/${report.ruleId}`} className="text-brand underline">
          <bdi>{report.ruleText}</bdi>
        </Link>
      </p>
      <section aria-labelledby="what-heading" className="rounded bg-white p-3">
        <h2 id="what-heading" className="text-xl font-bold">
          {t("report.whatHappened")}
        </h2>
        <p dir="auto" className="whitespace-pre-line">
          {report.whatHappened}
        </p>
        <p className="text-sm text-gray-700">
          {isolatedName((slot) => t("report.by", { name: slot, date: report.date }), report.by)}
        </p>
      </section>
      <section aria-labelledby="next-heading" className="space-y-3">
        <h2 id="next-heading" className="text-xl font-bold">
          {t("report.followUps")}
        </h2>
        {report.followUps.length === 0 ? <p>{t("report.noFollowUp")}</p> : null}
        <ul className="space-y-2">
          {report.followUps.map((row) => (
            <li key={row.id} className="rounded bg-white p-3">
              <p className="text-sm text-gray-700">
                {isolatedName((slot) => t("rule.commentBy", { name: slot, date: row.date }), row.name)}
              </p>
              <p dir="auto" className="whitespace-pre-line">
                {row.text}
              </p>
            </li>
          ))}
        </ul>
        {canFollowUp ? (
          <CreateForm id={form.id} noValidate>
            <ErrorSummary form={form} />
            <TextareaField
              meta={fields.text}
              label={t("report.followUpLabel")}
              hint={t("report.followUpHint")}
            />
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("report.saveFollowUp")}
            </button>
          </CreateForm>
        ) : null}
      </section>
    </div>
  );
}
