import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { GlossaryLinksContext } from "~/components/plan/glossary-text";
import { PlanDocument } from "~/components/plan/plan-document";
import { familyPeople } from "~/modules/family/people.server";
import { guideArticlePath } from "~/modules/guide/topics";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission } from "~/modules/permissions/guard.server";
import { planLinkedTexts, planReadingExtras } from "~/modules/plan/plan-page.server";
import { VersionQuerySchema } from "~/modules/plan/plan.schema.server";
import { readVersions } from "~/modules/plan/plan.server";
import type { RouteHandle } from "~/root";
import { dateFormatter, requestLanguage } from "~/utils/dates.server";
import { notFound } from "~/utils/http.server";
import { i18next } from "~/utils/i18next.server";

export const handle: RouteHandle = { titleKey: "plan:read.title", i18n: ["guide", "plan"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // The audit row waits until the page knows which version it shows.
  const access = await requireFamilyPermission(request, params.familyId, "plan", "view", {
    context,
    audit: "later",
  });
  const query = VersionQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw notFound();
  const [{ versions, version }, people, formatDate, language, t] = await Promise.all([
    readVersions({ access, number: query.data.version }),
    familyPeople({ familyId: access.familyId }),
    dateFormatter(request),
    requestLanguage(request),
    i18next.getFixedT(request, "plan"),
  ]);
  const flags = { canWrite: can(access, "plan", "write"), canRate: can(access, "plan", "rate") };
  const latestNumber = versions[0]?.number ?? null;
  if (latestNumber === null) {
    await recordRead(request, access, { action: "plan.view", entity: "planVersion" });
    return { familyId: access.familyId, plan: null, flags, versions: [], glossaryLinks: {} };
  }
  if (!version) throw notFound();
  const [extras] = await Promise.all([
    planReadingExtras({ access, content: version.content, formatDate, people }),
    recordRead(request, access, {
      action: "plan.view",
      entity: "planVersion",
      entityId: String(version.number),
    }),
  ]);
  return {
    familyId: access.familyId,
    flags,
    versions: versions.map((row) => ({ number: row.number, publishedAt: formatDate(row.publishedAt) })),
    plan: {
      number: version.number,
      isLatest: version.number === latestNumber,
      publishedAt: formatDate(version.publishedAt),
      publishedBy: people.nameOfPerson(version.publishedById),
      content: version.content,
      extras,
    },
    glossaryLinks: planLinkedTexts({
      key: `plan:${access.familyId}:${version.number}`,
      language,
      content: version.content,
      t,
    }),
  };
}

export default function ReadPlan() {
  const { t } = useTranslation("plan");
  const { familyId, plan, flags, versions, glossaryLinks } = useLoaderData<typeof loader>();

  if (!plan) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t("read.title")}</h1>
        <p>{t("read.noPlan")}</p>
        {flags.canWrite ? (
          <p>
            <Link
              to={`/families/${familyId}/plan/draft`}
              className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
            >
              {t("read.writePlan")}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("read.title")}</h1>
        <p>
          {isolatedName(
            (slot) => t("read.versionLine", { number: plan.number, date: plan.publishedAt, name: slot }),
            plan.publishedBy,
          )}
        </p>
        {!plan.isLatest ? (
          <p className="mt-2 rounded bg-yellow-100 p-2 font-bold">
            {t("read.oldVersion")}{" "}
            <Link to={`/families/${familyId}/plan`} className="text-brand underline">
              {t("read.readLatest")}
            </Link>
          </p>
        ) : null}
      </div>
      <nav aria-label={t("read.toolsLabel")} className="no-print">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {plan.number > 1 ? (
            <li>
              <Link
                to={`/families/${familyId}/plan/changes?from=${plan.number - 1}&to=${plan.number}`}
                className="text-brand underline"
              >
                {t("read.whatChanged", { number: plan.number - 1 })}
              </Link>
            </li>
          ) : null}
          {flags.canRate ? (
            <li>
              <Link to={`/families/${familyId}/plan/scale`} className="text-brand underline">
                {t("read.scaleLink")}
              </Link>
            </li>
          ) : null}
          {flags.canWrite ? (
            <li>
              <Link to={`/families/${familyId}/plan/draft`} className="text-brand underline">
                {t("read.editPlan")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to="/glossary" className="text-brand underline">
              {t("read.glossary")}
            </Link>
          </li>
          <li>
            <Link to={guideArticlePath("how-to-disagree")} className="text-brand underline">
              {t("guide:links.disagree")}
            </Link>
          </li>
        </ul>
      </nav>
      <GlossaryLinksContext.Provider value={glossaryLinks}>
        <PlanDocument content={plan.content} extras={plan.extras} familyId={familyId} />
      </GlossaryLinksContext.Provider>
      {versions.length > 1 ? (
        <section aria-labelledby="versions" className="no-print">
          <h2 id="versions" className="text-xl font-bold">
            {t("read.versionsTitle")}
          </h2>
          <ul className="list-disc pl-6">
            {versions.map((version) => (
              <li key={version.number}>
                <Link
                  to={`/families/${familyId}/plan?version=${version.number}`}
                  className="text-brand underline"
                >
                  {t("read.versionItem", { number: version.number, date: version.publishedAt })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="text-sm text-gray-700">{t("read.printHint")}</p>
    </div>
  );
}
