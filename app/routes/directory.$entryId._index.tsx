import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { OpenNowAndCall } from "~/components/directory/service-card";
import { Link } from "~/components/link";
import { lastCheckedLabel, phoneLinks } from "~/modules/directory/directory-view.server";
import { directoryHistory, getDirectoryEntry } from "~/modules/directory/directory.server";
import { weekdayCodes, weekdayNames } from "~/modules/directory/opening-hours";
import { spokenTime } from "~/modules/directory/opening-text";
import { audiencesOf, categoriesOf, serviceText } from "~/modules/directory/oruk";
import { statusFor } from "~/modules/directory/status.server";
import { hiddenNationalServicesFor } from "~/modules/organisation/settings.server";
import { getOrganisationScope, organisationsWith } from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";
import { formatDateTime, requestLanguage } from "~/utils/dates.server";
import { notFound, requireIdParam } from "~/utils/http.server";

export const handle: RouteHandle = { titleKey: "directory:title" };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const entryId = requireIdParam(params.entryId);
  const [scope, language] = await Promise.all([
    getOrganisationScope(request, context),
    requestLanguage(request),
  ]);
  const hidden = await hiddenNationalServicesFor(scope?.familyOrganisations ?? []);
  const entry = await getDirectoryEntry(scope?.readable ?? [], entryId, hidden);
  if (!entry) throw notFound();
  const service = entry.service;
  const canEdit =
    entry.organisationId !== null &&
    organisationsWith(scope, "directory", "edit").some((org) => org.id === entry.organisationId);
  const history = canEdit ? await directoryHistory(entry.id) : [];
  const languageNames = new Intl.DisplayNames([language], { type: "language" });
  return {
    id: entry.id,
    canEdit,
    owner: entry.organisation?.name ?? null,
    ...serviceText(service, language),
    provider: service.organization.name,
    url: service.url ?? null,
    email: service.email ?? null,
    phones: phoneLinks(service),
    status: statusFor(service, new Date(), language),
    // Monday first; each day's periods in order.
    week: weekdayCodes.map((code, index) => ({
      day: weekdayNames[index],
      periods: service.schedules
        .filter((schedule) => schedule.byday === code)
        .sort((a, b) => a.opens_at.localeCompare(b.opens_at))
        .map((schedule) => ({ opens: schedule.opens_at, closes: schedule.closes_at })),
    })),
    bankHolidayNote: service.holiday_schedules[0]?.description ?? null,
    languages: service.languages.map((item) => languageNames.of(item.code) ?? item.name),
    audiences: audiencesOf(service),
    categories: categoriesOf(service),
    areas: service.service_areas.map((area) => ({
      name: area.name,
      national: area.extent_type === "national",
    })),
    lastChecked: lastCheckedLabel(service.assured_date, language),
    saved: new URL(request.url).searchParams.get("done") === "saved",
    history: history.map((row) => ({
      revision: row.revision,
      change: row.change,
      name: row.changedBy?.name ?? null,
      date: formatDateTime(row.changedAt, language),
    })),
  };
}

export default function DirectoryEntry() {
  const { t, i18n } = useTranslation("directory");
  const entry = useLoaderData<typeof loader>();
  const langOf = (lang: string) => (lang === i18n.language ? {} : { lang });
  return (
    <article className="space-y-6">
      <p>
        <Link to="/directory" className="text-brand underline">
          {t("entry.backToList")}
        </Link>
      </p>
      {entry.saved ? (
        <p role="status" className="rounded border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("edit.saved")}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold" dir="auto" {...langOf(entry.nameLang)}>
        {entry.name}
      </h1>
      <p className="text-gray-700">{t("entry.by", { organisation: entry.provider })}</p>
      <p dir="auto" {...langOf(entry.descriptionLang)}>
        {entry.description}
      </p>
      <section aria-labelledby="call" className="rounded border-2 border-green-800 bg-white p-4">
        <h2 id="call" className="sr-only">
          {t("entry.hours")}
        </h2>
        <OpenNowAndCall status={entry.status} phones={entry.phones} />
        {entry.url ? (
          <p className="mt-2">
            <a href={entry.url} className="text-brand underline" rel="noopener noreferrer">
              {t("entry.websiteOf", { name: entry.name })}
            </a>
          </p>
        ) : null}
        {entry.email ? (
          <p className="mt-1">
            {t("entry.email")}:{" "}
            <a href={`mailto:${entry.email}`} className="text-brand underline">
              {entry.email}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="hours">
        <h2 id="hours" className="text-xl font-bold">
          {t("entry.hours")}
        </h2>
        <p className="text-sm text-gray-700">{t("entry.hoursNote")}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          {entry.week.map(({ day, periods }) => (
            <div key={day} className="contents">
              <dt className="font-bold">{t(`days.${day}`)}</dt>
              <dd>
                {periods.length === 0
                  ? t("entry.closedDay")
                  : periods
                      .map((period) =>
                        period.opens === "00:00" && period.closes === "24:00"
                          ? t("entry.allDay")
                          : t("entry.periods", {
                              opens: spokenTime(period.opens, t),
                              closes: spokenTime(period.closes, t),
                            }),
                      )
                      .join(", ")}
              </dd>
            </div>
          ))}
        </dl>
        {entry.bankHolidayNote ? (
          <p className="mt-2" dir="auto">
            {entry.bankHolidayNote}
          </p>
        ) : null}
      </section>
      <dl className="space-y-3">
        <div>
          <dt className="font-bold">{t("entry.audiences")}</dt>
          <dd>{entry.audiences.map((code) => t(`audiences.${code}`)).join(", ")}</dd>
        </div>
        <div>
          <dt className="font-bold">{t("entry.categories")}</dt>
          <dd>{entry.categories.map((code) => t(`categories.${code}`)).join(", ")}</dd>
        </div>
        <div>
          <dt className="font-bold">{t("entry.languages")}</dt>
          <dd>{entry.languages.join(", ")}</dd>
        </div>
        <div>
          <dt className="font-bold">{t("entry.area")}</dt>
          <dd dir="auto">
            {entry.areas
              .map((area) => t(area.national ? "entry.national" : "entry.local", { name: area.name }))
              .join(", ")}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-gray-700">{t("entry.lastChecked", { date: entry.lastChecked })}</p>
      <p className="text-sm text-gray-700">
        {entry.owner ? t("entry.ownedBy", { organisation: entry.owner }) : t("entry.nationalList")}
      </p>
      {entry.canEdit ? (
        <section aria-labelledby="changes" className="space-y-2">
          <p>
            <Link to={`/directory/${entry.id}/edit`} className="font-bold text-brand underline">
              {t("edit.editLink", { name: entry.name })}
            </Link>
          </p>
          <h2 id="changes" className="text-xl font-bold">
            {t("edit.history")}
          </h2>
          <ul className="list-disc pl-6">
            {entry.history.map((row) => (
              <li key={row.revision}>
                {row.name
                  ? t("edit.historyRow", {
                      revision: row.revision,
                      change: t(`edit.changes.${row.change}`),
                      name: row.name,
                      date: row.date,
                    })
                  : t("edit.historyRowNobody", {
                      revision: row.revision,
                      change: t(`edit.changes.${row.change}`),
                      date: row.date,
                    })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
