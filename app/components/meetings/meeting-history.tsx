import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";

/** Who booked, moved or cancelled the meeting, and when. */
export function MeetingHistory({ history }: Pick<MeetingPageView, "history">) {
  const { t } = useTranslation("meetings");
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-xl font-bold">
        {t("detail.historyTitle")}
      </h2>
      <ol className="list-decimal space-y-1 pl-6">
        {history.map((change) => (
          <li key={change.id}>
            {isolatedName(
              (name) =>
                t(`detail.history.${change.what}`, {
                  name,
                  at: change.at,
                  when: `${t("detail.timeRange", change.when)}${change.place ? ` (${change.place})` : ""}`,
                }),
              change.by,
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
