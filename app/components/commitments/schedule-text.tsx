import { useTranslation } from "react-i18next";

type Slot = { day: number; start: string; end: string };

/** A weekly schedule in words: "Tuesday, 18:00 to 20:00; Thursday, 18:00 to 20:00". */
export function ScheduleText({ slots }: { slots: Slot[] }) {
  const { t } = useTranslation("commitments");
  return <>{slots.map((slot) => t("slot", { day: t(`days.${slot.day}`), start: slot.start, end: slot.end })).join("; ")}</>;
}
