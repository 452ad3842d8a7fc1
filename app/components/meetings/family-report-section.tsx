import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { WritingTextareaField } from "~/components/forms/writing-textarea-field";
import { VersionList } from "~/components/meetings/version-list";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";
import type { FamilyReportInput } from "~/modules/meetings/meetings.schema.server";

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white";

type Report = NonNullable<MeetingPageView["familyReport"]>;

/** "Our report": the family's own words for the meeting, who saved each version, and sharing it. */
export function FamilyReportSection({
  report,
  lastResult,
}: {
  report: Report;
  lastResult: FormReply | null;
}) {
  const { t } = useTranslation("meetings");
  const empty = report.wentWell === "" && report.wantKnown === "";
  return (
    <section aria-labelledby="report" className="space-y-2">
      <h2 id="report" className="text-xl font-bold" tabIndex={-1}>
        {t("report.title")}
      </h2>
      <p>{report.sharedAt ? t("report.sharedOn", { when: report.sharedAt }) : t("report.private")}</p>
      {report.canWrite ? (
        <ReportForm report={report} lastResult={lastResult} />
      ) : empty ? (
        <p>{t("report.none")}</p>
      ) : (
        <dl className="space-y-2 rounded bg-white p-3">
          <dt className="font-bold">{t("report.wentWell")}</dt>
          <dd dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
            {report.wentWell}
          </dd>
          <dt className="font-bold">{t("report.wantKnown")}</dt>
          <dd dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
            {report.wantKnown}
          </dd>
        </dl>
      )}
      {report.canShare ? (
        <CreateForm>
          <input type="hidden" name="intent" value="shareReport" />
          <button type="submit" className={button}>
            {t("report.share")}
          </button>
        </CreateForm>
      ) : null}
      <VersionList
        summary={t("report.versions")}
        line={(version, name) =>
          t("report.versionLine", { version: version.version, when: version.at, name })
        }
        versions={report.versions}
      />
    </section>
  );
}

function ReportForm({ report, lastResult }: { report: Report; lastResult: FormReply | null }) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<FamilyReportInput>({
    id: "meeting-report",
    lastResult,
    defaultValue: { wentWell: report.wentWell, wantKnown: report.wantKnown },
  });
  return (
    <>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <input type="hidden" name="intent" value="report" />
        <WritingTextareaField meta={fields.wentWell} label={t("report.wentWell")} rows={5} />
        <WritingTextareaField meta={fields.wantKnown} label={t("report.wantKnown")} rows={5} />
        <button type="submit" className={button}>
          {t("report.save")}
        </button>
      </CreateForm>
    </>
  );
}
