import { useTranslation } from "react-i18next";

import { scheduleRows, type Slot } from "~/modules/commitments/schedule";

function useRowWords() {
  const { t } = useTranslation("commitments");
  return (slots: Slot[]) =>
    scheduleRows(slots).map((row) => ({
      key: `${row.days}-${row.start}`,
      text: t("slot", {
        day: typeof row.days === "number" ? t(`days.${row.days}`) : t(`repeat.${row.days}`),
        start: row.start,
        end: row.end,
      }),
    }));
}

/** The same schedule as a list, one row a line. */
export function ScheduleList({ slots }: { slots: Slot[] }) {
  const rows = useRowWords()(slots);
  return (
    <ul className="list-disc pl-6">
      {rows.map((row) => (
        <li key={row.key}>{row.text}</li>
      ))}
    </ul>
  );
}

/** A weekly schedule in words: "Every weekday, 09:00 to 12:00; Saturday, 18:00 to 20:00". */
export function ScheduleText({ slots }: { slots: Slot[] }) {
  const rows = useRowWords()(slots);
  return <>{rows.map((row) => row.text).join("; ")}</>;
}
