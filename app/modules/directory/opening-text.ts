// Words for opening hours and "open now", in the reader's language. Shared by the server and
// the browser: the only date (a next opening over a week away) is formatted on the server.
import type { TFunction } from "i18next";

import type { OpeningStatus } from "./opening-hours";

/** "09:30" → "9:30am", "15:00" → "3pm", "00:00" → "midnight". */
export function spokenTime(time: string, t: TFunction): string {
  const [hours, minutes] = time.split(":").map(Number);
  if (minutes === 0 && (hours === 0 || hours === 24)) return t("directory:time.midnight");
  if (minutes === 0 && hours === 12) return t("directory:time.midday");
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const clock = minutes === 0 ? String(hour12) : `${hour12}:${String(minutes).padStart(2, "0")}`;
  return t(hours < 12 ? "directory:time.am" : "directory:time.pm", { time: clock });
}

export type StatusForDisplay = OpeningStatus & { nextDateLabel?: string };

export function statusText(status: StatusForDisplay, t: TFunction): string {
  if (status.state === "open-all-day") return t("directory:status.openAllDay");
  if (status.state === "open") {
    const time = spokenTime(status.closes, t);
    return status.closesDaysAhead === 0
      ? t("directory:status.open", { time })
      : t("directory:status.openUntilDay", { time, day: t(`directory:onDays.${status.closesDay}`) });
  }
  if (!status.next) return t("directory:status.closed");
  const time = spokenTime(status.next.opens, t);
  if (status.next.daysAhead === 0) return t("directory:status.opensToday", { time });
  if (status.next.daysAhead === 1) return t("directory:status.opensTomorrow", { time });
  if (status.next.daysAhead < 7 || !status.nextDateLabel)
    return t("directory:status.opensOn", { time, day: t(`directory:onDays.${status.next.day}`) });
  return t("directory:status.opensDate", { time, date: status.nextDateLabel });
}
