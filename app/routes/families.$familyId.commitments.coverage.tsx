import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { coveragePage } from "~/modules/commitments/commitment-pages.server";
import { clockWords } from "~/modules/commitments/schedule";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { ukInstant } from "~/utils/uk-time";

// A reading page: plain HTML and CSS, a table on wide screens and a list by day on phones.
export const handle: RouteHandle = {
  titleKey: "commitments:coverage.title",

  i18n: ["commitments"],
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "view", { context });
  const [page, formatDate] = await Promise.all([
    coveragePage({ familyId: access.familyId }),
    dateFormatter(request),
  ]);
  return {
    familyId: access.familyId,
    monday: formatDate(ukInstant(page.monday, "12:00")),
    anyone: page.anyone,
    days: page.week.map((day) => ({ ...day, label: formatDate(ukInstant(day.date, "12:00")) })),
    gaps: page.gaps,
  };
}

const sameDays = (days: number[], wanted: number[]) =>
  days.length === wanted.length && wanted.every((day) => days.includes(day));

export default function Coverage() {
  const { t } = useTranslation("commitments");
  const { familyId, monday, anyone, days, gaps } = useLoaderData<typeof loader>();
  // "Monday, Tuesday and Saturday" (Intl's Welsh list writes "a(c)", so the word comes from the locale).
  const joinDays = (dayNumbers: number[]) => {
    const names = dayNumbers.map((day) => t(`days.${day}`));
    return names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(", ")} ${t("coverage.and")} ${names.at(-1)}`;
  };
  const whichDays = (dayNumbers: number[]) =>
    sameDays(dayNumbers, [1, 2, 3, 4, 5, 6, 7])
      ? t("coverage.when.everyday")
      : sameDays(dayNumbers, [1, 2, 3, 4, 5])
        ? t("coverage.when.weekdays")
        : sameDays(dayNumbers, [6, 7])
          ? t("coverage.when.weekend")
          : t("coverage.when.on", { days: joinDays(dayNumbers) });
  const clock = (minutes: number) => {
    const words = clockWords(minutes);
    return t(`coverage.clock.${words.kind}`, { time: words.time });
  };
  const hhmm = (time: string) => clock(Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  const allDay = (gap: { start: number; end: number }) => gap.start === 0 && gap.end === 24 * 60;
  const gapWords = (gap: { start: number; end: number; days: number[] }) =>
    allDay(gap)
      ? t("coverage.gapAllDay", { days: whichDays(gap.days) })
      : t("coverage.gapHours", { days: whichDays(gap.days), from: clock(gap.start), to: clock(gap.end) });
  const nobody = (gap: { start: number; end: number }) =>
    t("coverage.nobodyFrom", { from: clock(gap.start), to: clock(gap.end) });
  const someone = (entry: { start: string; end: string }) =>
    t("coverage.hours", { from: hhmm(entry.start), to: hhmm(entry.end) });
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
            <li key={`${gap.start}-${gap.end}`}>{gapWords(gap)}</li>
          ))}
        </ul>
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
            {(["night", "morning", "afternoon", "evening"] as const).map((part) => (
              <tr key={part}>
                <th scope="row" className="border p-2 text-left">
                  {t(`coverage.parts.${part}`)}
                </th>
                {days.map((day) => {
                  const cell = day.parts.find((entry) => entry.part === part);
                  return (
                    <td
                      key={day.date}
                      className={`border p-2 align-top ${cell && cell.gaps.length > 0 ? "bg-amber-50" : ""}`}
                    >
                      {cell?.who.map((entry) => (
                        <span key={`${entry.who}-${entry.start}`} className="block">
                          <bdi>{entry.who}</bdi> {someone(entry)}
                        </span>
                      ))}
                      {cell?.gaps.map((gap) => (
                        <span key={gap.start} className="block">
                          {nobody(gap)}
                        </span>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* Phones: a list by day, each headed with its weekday. */}
      <section aria-labelledby="by-day-heading" className="md:hidden">
        <h2 id="by-day-heading" className="text-xl font-bold">
          {t("coverage.byDay")}
        </h2>
        <ol className="mt-2 space-y-3">
          {days.map((day) => (
            <li key={day.date} className="rounded bg-white p-3">
              <h3 className="font-bold">
                {t("coverage.dayHeading", { day: t(`days.${day.day}`), date: day.label })}
              </h3>
              <ul>
                {day.slots.map((entry) => (
                  <li key={`${entry.who}-${entry.slot.start}`}>
                    <bdi>{entry.who}</bdi> {someone(entry.slot)}
                  </li>
                ))}
                {day.gaps.map((gap) => (
                  <li key={gap.start} className="font-bold">
                    {nobody(gap)}
                  </li>
                ))}
              </ul>
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
