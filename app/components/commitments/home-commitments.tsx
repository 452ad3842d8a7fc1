import { useTranslation } from "react-i18next";

import { MissedCheckIns } from "~/components/commitments/missed-check-ins";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";

type ThisWeek = {
  key: string;
  commitmentId: string;
  kind: string;
  date: string;
  start: string;
  end: string;
  checkedIn: boolean;
};
type Missed = { key: string; commitmentId: string; who: string; kind: string; date: string; time: string };
type Waiting = { commitmentId: string; who: string; kind: string };
type HomeData = { thisWeek: ThisWeek[]; waiting: Waiting[]; missed: Missed[]; couldNot: Missed[] };

/**
 * The family home's "your promises this week", offers waiting for this person's yes, and the
 * check-ins not logged or "could not" for those who should see them.
 */
export function HomeCommitments({
  familyId,
  commitments,
}: {
  familyId: string;
  commitments: HomeData | null;
}) {
  const { t } = useTranslation("commitments");
  if (!commitments) return null;
  const link = (commitmentId: string) => `/families/${familyId}/commitments/${commitmentId}`;
  return (
    <>
      {commitments.waiting.length > 0 ? (
        <section
          aria-labelledby="waiting-offers-heading"
          className="space-y-2 rounded border-l-4 border-green-700 bg-white p-3"
        >
          <h2 id="waiting-offers-heading" className="text-xl font-bold">
            {t("home.waitingTitle")}
          </h2>
          <p>{t("home.waitingIntro")}</p>
          <ul className="list-disc pl-6">
            {commitments.waiting.map((item) => (
              <li key={item.commitmentId}>
                <Link to={link(item.commitmentId)} className="text-brand underline">
                  {isolatedName(
                    (slot) => t("home.waitingItem", { what: t(`kind.${item.kind}`), name: slot }),
                    item.who,
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="my-commitments-heading" className="space-y-2">
        <h2 id="my-commitments-heading" className="text-xl font-bold">
          {t("home.title")}
        </h2>
        {commitments.thisWeek.length === 0 ? <p>{t("home.none")}</p> : null}
        <ul className="space-y-1">
          {commitments.thisWeek.map((item) => (
            <li key={item.key} className="rounded bg-white p-3">
              <Link
                to={`/families/${familyId}/commitments/${item.commitmentId}`}
                className="text-brand underline"
              >
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
      {commitments.couldNot.length > 0 ? (
        <section
          aria-labelledby="could-not-heading"
          className="rounded border-l-4 border-amber-700 bg-white p-3"
        >
          <h2 id="could-not-heading" className="text-xl font-bold">
            {t("home.couldNotTitle")}
          </h2>
          <p>{t("home.couldNotIntro")}</p>
          <ul className="list-disc pl-6">
            {commitments.couldNot.map((item) => (
              <li key={item.key}>
                <Link to={link(item.commitmentId)} className="text-brand underline">
                  {t("home.couldNotItem", { what: t(`kind.${item.kind}`), date: item.date, time: item.time })}
                </Link>{" "}
                (<bdi>{item.who}</bdi>)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
