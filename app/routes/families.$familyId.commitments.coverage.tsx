import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { coveragePage } from "~/modules/commitments/commitment-pages.server";
import { ukInstant } from "~/modules/commitments/schedule";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";

// A reading page: plain HTML and CSS, a table on wide screens and a list by day on phones.
export const handle: RouteHandle = { titleKey: "commitments:coverage.title", hydrate: false, i18n: ["commitments"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "view", { context });
  const [page, formatDate] = await Promise.all([coveragePage({ familyId: access.familyId }), dateFormatter(request)]);
  return {
    familyId: access.familyId,
    monday: formatDate(ukInstant(page.monday, "12:00")),
    anyone: page.anyone,
    days: page.week.map((day) => ({ ...day, label: formatDate(ukInstant(day.date, "12:00")) })),
    gaps: page.gaps.map((gap) => ({ part: gap.part, everyDay: gap.days.length === 7, days: gap.days })),
  };
}

export default function Coverage() {
  const { t } = useTranslation("commitments");
  const { familyId, monday, anyone, days, gaps } = useLoaderData<typeof loader>();
  const parts = ["night", "morning", "afternoon", "evening"] as const;
  // "Monday, Tuesday and Saturday" (Intl's Welsh list writes "a(c)", so the word comes from the locale).
  const joinDays = (dayNumbers: number[]) => {
    const names = dayNumbers.map((day) => t(`days.${day}`));
    return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} ${t("coverage.and")} ${names.at(-1)}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("coverage.title")}</h1>
      <p>{t("coverage.intro", { date: monday })}</p>
      {!anyone ? <p>{t("coverage.noOne")}</p> : null}
      <section aria-labelledby="gaps-heading" className="rounded border-l-4 border-amber-700 bg-white p-3">
        <h2 id="gaps-heading" className="text-xl font-bold">
          {t("coverage.gaps")}
        </h2>
        {gaps.length === 0 ? <p>{t("coverage.noGaps")}</p> : null}
        <ul className="list-disc pl-6">
          {gaps.map((gap) => (
            <li key={gap.part}>{gap.everyDay ? t(`coverage.gapEveryDay.${gap.part}`) : t(`coverage.gap.${gap.part}`, { days: joinDays(gap.days) })}</li>
          ))}
        </ul>
        <p className="mt-2 text-sm">{t("coverage.partsNote")}</p>
      </section>

      {/* Wide screens: the week as a table. */}
      <div className="hidden md:block">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("coverage.title")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border p-2 text-left">
                {t("coverage.partHeading")}
              </th>
              {days.map((day) => (
                <th key={day.date} scope="col" className="border p-2 text-left">
                  {t(`days.${day.day}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part}>
                <th scope="row" className="border p-2 text-left">
                  {t(`coverage.parts.${part}`)}
                </th>
                {days.map((day) => {
                  const who = day.parts.find((entry) => entry.part === part)?.who ?? [];
                  return (
                    <td key={day.date} className={`border p-2 align-top ${who.length === 0 ? "bg-amber-50" : ""}`}>
                      {who.length === 0 ? t("coverage.nobody") : who.map((name) => <bdi key={name} className="block">{name}</bdi>)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* Phones: a list by day. */}
      <section aria-labelledby="by-day-heading" className="md:hidden">
        <h2 id="by-day-heading" className="text-xl font-bold">
          {t("coverage.byDay")}
        </h2>
        <ol className="mt-2 space-y-3">
          {days.map((day) => (
            <li key={day.date} className="rounded bg-white p-3">
              <h3 className="font-bold">{day.label}</h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                {day.parts.map((entry) => (
                  <div key={entry.part} className="contents">
                    <dt>{t(`coverage.parts.${entry.part}`)}</dt>
                    <dd>{entry.who.length === 0 ? t("coverage.nobody") : entry.who.map((name) => <bdi key={name} className="mr-2 inline-block">{name}</bdi>)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link to={`/families/${familyId}/commitments`} className="text-brand underline">
          {t("coverage.back")}
        </Link>
      </p>
    </div>
  );
}
