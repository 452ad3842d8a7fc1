import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { HomeCommitments } from "~/components/commitments/home-commitments";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { DecidedCard } from "~/components/meetings/decided-card";
import { NextMeeting } from "~/components/meetings/next-meeting";
import { RulesHomePanel } from "~/components/rules/rules-home-panel";
import { homeCommitments } from "~/modules/commitments/commitment-pages.server";
import { familyHomeFacts } from "~/modules/family/family-space.server";
import { homeMeetingCards } from "~/modules/meetings/home.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { whatsNewSinceLastVisit } from "~/modules/plan/responses.server";
import { rulesHomeColumns, rulesHomeFrom, RulesHomeRow } from "~/modules/rules/rules-home.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = {
  titleKey: "family:home.title",

  i18n: ["commitments", "family", "family-space", "meetings", "rules"],
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "family", "view", { context });
  const [facts, formatDate, whatsNew, meetings, commitments] = await Promise.all([
    familyHomeFacts({ familyId: access.familyId }),
    dateFormatter(request),
    // The rules counts ride along in the "what is new" statement: the page has a budget of 8.
    whatsNewSinceLastVisit({ access, also: { select: rulesHomeColumns(access), row: RulesHomeRow } }),
    homeMeetingCards(request, access),
    dateFormatter(request).then((formatDate) => homeCommitments({ access, formatDate })),
  ]);
  const { also, ...news } = whatsNew;
  return {
    familyId: access.familyId,
    personName: access.person.name,
    role: access.role,
    organisation: access.organisationName,
    children: facts.children.map((child) => ({
      id: child.id,
      firstName: child.firstName,
      born: child.dateOfBirth ? formatDate(child.dateOfBirth) : null,
      due: child.dueDate ? formatDate(child.dueDate) : null,
    })),
    newSocialWorker: facts.newSocialWorker
      ? { name: facts.newSocialWorker.name, date: formatDate(facts.newSocialWorker.at) }
      : null,
    canSeePlan: can(access, "plan", "view"),
    canSeeActivity: can(access.role, "activity", "view"),
    // Once ended, the layout's banner links to the plan end page instead.
    canEndPlan: can(access, "plan", "end") && !access.planEnded,
    nextMeeting: meetings.next,
    decided: meetings.decided,
    whatsNew: news.firstVisit ? null : { ...news, since: formatDate(new Date(news.since)) },
    rules: rulesHomeFrom(access, also),
    canReportRule: can(access, "rules", "report"),
    commitments,
  };
}

export default function FamilyHome() {
  const { t } = useTranslation("family");
  const {
    familyId,
    personName,
    role,
    organisation,
    children,
    newSocialWorker,
    canSeePlan,
    canSeeActivity,
    canEndPlan,
    whatsNew,
    rules,
    canReportRule,
    nextMeeting,
    decided,
    commitments,
  } = useLoaderData<typeof loader>();
  const news = whatsNew
    ? [
        ...whatsNew.versions.map((number) => ({
          key: `v${number}`,
          text: t("home.news.version", { number }),
          to: `/families/${familyId}/plan`,
        })),
        ...(whatsNew.views > 0
          ? [
              {
                key: "views",
                text: t("home.news.views", { count: whatsNew.views }),
                to: `/families/${familyId}/plan`,
              },
            ]
          : []),
        ...(whatsNew.scores > 0
          ? [
              {
                key: "scores",
                text: t("home.news.scores", { count: whatsNew.scores }),
                to: `/families/${familyId}/plan/scale`,
              },
            ]
          : []),
        ...(whatsNew.answers > 0
          ? [
              {
                key: "answers",
                text: t("home.news.answers", { count: whatsNew.answers }),
                to: `/families/${familyId}/plan`,
              },
            ]
          : []),
        ...(whatsNew.corrections > 0
          ? [
              {
                key: "corrections",
                text: t("home.news.corrections", { count: whatsNew.corrections }),
                to: `/families/${familyId}/plan`,
              },
            ]
          : []),
      ]
    : [];

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("home.title")}</h1>
      <p>{isolatedName((slot) => t("home.hello", { name: slot }), personName)}</p>
      <p>{t(`home.roleIntro.${role}`)}</p>

      <NextMeeting familyId={familyId} meeting={nextMeeting} />
      <DecidedCard familyId={familyId} decided={decided} />

      {whatsNew ? (
        <section aria-labelledby="news-heading" className="rounded border-l-4 border-green-700 bg-white p-3">
          <h2 id="news-heading" className="text-xl font-bold">
            {t("home.news.title", { date: whatsNew.since })}
          </h2>
          {news.length === 0 ? <p>{t("home.news.nothing")}</p> : null}
          <ul className="list-disc pl-6">
            {news.map((item) => (
              <li key={item.key}>
                <Link to={item.to} className="text-brand underline">
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RulesHomePanel familyId={familyId} counts={rules} canReport={canReportRule} />
      <HomeCommitments familyId={familyId} commitments={commitments} />

      <section aria-labelledby="children-heading" className="space-y-2">
        <h2 id="children-heading" className="text-xl font-bold">
          {t("home.children")}
        </h2>
        <ul className="space-y-1">
          {children.map((child) => (
            <li key={child.id} className="rounded bg-white p-3">
              <strong>
                <bdi>{child.firstName}</bdi>
              </strong>{" "}
              {child.born
                ? t("home.born", { date: child.born })
                : child.due
                  ? t("home.due", { date: child.due })
                  : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="who-heading" className="space-y-2">
        <h2 id="who-heading" className="text-xl font-bold">
          {t("home.whoHelps")}
        </h2>
        <p>{t("home.organisation", { organisation })}</p>
        {newSocialWorker ? (
          <p>
            {isolatedName(
              (slot) => t("family-space:home.newSocialWorker", { name: slot, date: newSocialWorker.date }),
              newSocialWorker.name,
            )}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="next-heading" className="space-y-2">
        <h2 id="next-heading" className="text-xl font-bold">
          {t("home.whereNext")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {canSeePlan ? (
            <li>
              <Link to={`/families/${familyId}/plan`} className="text-brand underline">
                {t("home.links.plan")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={`/families/${familyId}/network`} className="text-brand underline">
              {t("home.links.network")}
            </Link>
          </li>
          <li>
            <Link to={`/families/${familyId}/help`} className="text-brand underline">
              {t("home.links.help")}
            </Link>
          </li>
          {canSeeActivity ? (
            <li>
              <Link to={`/families/${familyId}/activity`} className="text-brand underline">
                {t("home.links.activity")}
              </Link>
            </li>
          ) : null}
          {canEndPlan ? (
            <li>
              <Link to={`/families/${familyId}/plan-end`} className="text-brand underline">
                {t("layout.endPlan")}
              </Link>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  );
}
