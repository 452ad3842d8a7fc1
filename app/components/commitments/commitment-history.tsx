import { useTranslation } from "react-i18next";

import { ScheduleText } from "~/components/commitments/schedule-text";
import { isolatedName } from "~/components/isolated-name";
import type { CommitmentPageData } from "~/modules/commitments/commitment-page.server";

/** Every check-in logged for a commitment, newest first. */
export function CheckInList({ checkIns }: { checkIns: CommitmentPageData["checkIns"] }) {
  const { t } = useTranslation("commitments");
  return (
    <section aria-labelledby="check-ins-heading">
      <h2 id="check-ins-heading" className="text-xl font-bold">
        {t("detail.checkIns")}
      </h2>
      {checkIns.length === 0 ? <p>{t("detail.noCheckIns")}</p> : null}
      <ul className="list-disc pl-6">
        {checkIns.map((checkIn) => (
          <li key={checkIn.id} className="break-words">
            {t("detail.checkInLine", {
              when: checkIn.when,
              outcome: t(`detail.outcome${checkIn.outcome}`),
            })}{" "}
            {checkIn.note ? (
              <>
                <q dir="auto">{checkIn.note}</q>{" "}
              </>
            ) : null}
            ({isolatedName((slot) => t("detail.loggedBy", { name: slot }), checkIn.by)})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each version of a commitment: who changed what, and when. */
export function VersionHistory({ versions }: { versions: CommitmentPageData["versions"] }) {
  const { t } = useTranslation("commitments");
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="text-xl font-bold">
        {t("detail.history")}
      </h2>
      <ol className="space-y-2">
        {versions.map((version) => (
          <li key={version.revision} className="rounded bg-white p-2 text-sm">
            <p>
              {isolatedName(
                (slot) =>
                  t("detail.historyLine", {
                    revision: version.revision,
                    date: version.date,
                    change: t(`detail.changes.${version.change}`),
                    name: slot,
                  }),
                version.by,
              )}
            </p>
            <p>
              {t(`kind.${version.kind}`)}: <ScheduleText slots={version.slots} />
            </p>
            {version.words ? (
              <p dir="auto" className="break-words">
                {version.words}
              </p>
            ) : null}
            {version.statusReason ? (
              <p className="break-words">
                {isolatedName((slot) => t("detail.reason", { reason: slot }), version.statusReason)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
