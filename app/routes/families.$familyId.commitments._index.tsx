import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { MissedCheckIns } from "~/components/commitments/missed-check-ins";
import { ScheduleText } from "~/components/commitments/schedule-text";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { commitmentsPage } from "~/modules/commitments/commitment-pages.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";

export const handle: RouteHandle = { titleKey: "commitments:title", i18n: ["commitments"] };

const groups = ["OFFERED", "ACTIVE", "PAUSED", "ENDED"] as const;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "view", { context });
  const page = await commitmentsPage({ access, formatDate: await dateFormatter(request) });
  return { familyId: access.familyId, canOffer: can(access, "commitments", "offer"), ...page };
}

export default function Commitments() {
  const { t } = useTranslation("commitments");
  const { familyId, canOffer, commitments, missed } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const done = search.get("done");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {done === "offer" ? (
        <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
          {t("detail.done.offer")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {canOffer ? (
          <Link
            to={`/families/${familyId}/commitments/new`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("offer")}
          </Link>
        ) : null}
        <Link
          to={`/families/${familyId}/commitments/coverage`}
          className="inline-block rounded border-2 border-green-800 px-4 py-2 font-bold text-green-800"
        >
          {t("coverageLink")}
        </Link>
      </div>
      <MissedCheckIns familyId={familyId} missed={missed} />
      {commitments.length === 0 ? <p>{t("none")}</p> : null}
      {groups.map((status) => {
        const inGroup = commitments.filter((commitment) => commitment.status === status);
        if (inGroup.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`group-${status}`}>
            <h2 id={`group-${status}`} className="text-xl font-bold">
              {t(`groups.${status}`)}
            </h2>
            <ul className="mt-2 space-y-2">
              {inGroup.map((commitment) => (
                <li key={commitment.id} className="rounded bg-white p-3">
                  <p>
                    <Link
                      to={`/families/${familyId}/commitments/${commitment.id}`}
                      className="font-bold text-brand underline"
                    >
                      {t(`kind.${commitment.kind}`)}
                    </Link>
                    {" · "}
                    <bdi>{commitment.who}</bdi>
                  </p>
                  {commitment.words ? (
                    <p dir="auto" className="break-words">
                      {commitment.words}
                    </p>
                  ) : null}
                  <p className="text-sm">
                    <ScheduleText slots={commitment.slots} />
                  </p>
                  <p className="text-sm">
                    {commitment.end
                      ? t("datesWithEnd", { start: commitment.start, end: commitment.end })
                      : t("dates", { start: commitment.start })}
                  </p>
                  {commitment.statusReason ? (
                    <p className="text-sm break-words">
                      {isolatedName((slot) => t("detail.reason", { reason: slot }), commitment.statusReason)}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
