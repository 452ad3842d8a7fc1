import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { MissedCheckIns } from "~/components/commitments/missed-check-ins";

type ThisWeek = { key: string; commitmentId: string; kind: string; date: string; start: string; end: string; checkedIn: boolean };
type Missed = { key: string; commitmentId: string; who: string; kind: string; date: string; time: string };

/** The family home's "your promises this week", and check-ins not logged for those who should see them. */
export function HomeCommitments({ familyId, commitments }: { familyId: string; commitments: { thisWeek: ThisWeek[]; missed: Missed[] } | null }) {
  const { t } = useTranslation("commitments");
  if (!commitments) return null;
  return (
    <>
      <section aria-labelledby="my-commitments-heading" className="space-y-2">
        <h2 id="my-commitments-heading" className="text-xl font-bold">
          {t("home.title")}
        </h2>
        {commitments.thisWeek.length === 0 ? <p>{t("home.none")}</p> : null}
        <ul className="space-y-1">
          {commitments.thisWeek.map((item) => (
            <li key={item.key} className="rounded bg-white p-3">
              <Link to={`/families/${familyId}/commitments/${item.commitmentId}`} className="text-brand underline">
                {t(`kind.${item.kind}`)}
              </Link>
              {": "}
              {t("home.when", { date: item.date, start: item.start, end: item.end })}
              {item.checkedIn ? ` ${t("home.checkedIn")}` : ""}
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/families/${familyId}/commitments`} className="text-brand underline">
            {t("home.all")}
          </Link>
        </p>
      </section>
      <MissedCheckIns familyId={familyId} missed={commitments.missed} />
    </>
  );
}
