import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";

/** When and where a meeting is, what it is for, the calendar file, and (for the worker) the change link. */
export function MeetingFacts({
  familyId,
  isWorker,
  meeting,
}: Pick<MeetingPageView, "familyId" | "isWorker" | "meeting">) {
  const { t } = useTranslation("meetings");
  return (
    <>
      {meeting.cancelled ? (
        <p className="rounded bg-yellow-100 p-2 font-bold">{t("detail.cancelledNotice")}</p>
      ) : null}
      <p>
        <Link to={`/meeting-guide#${meeting.slug}`} className="text-brand underline">
          {t("explainer.readMore")}
        </Link>
      </p>
      <dl className="space-y-2">
        <div>
          <dt className="font-bold">{t("detail.when")}</dt>
          <dd>{t("detail.timeRange", meeting.when)}</dd>
        </div>
        <div>
          <dt className="font-bold">{t("detail.where")}</dt>
          <dd dir="auto" className="[overflow-wrap:anywhere]">
            {meeting.place ? <p>{meeting.place}</p> : null}
            {meeting.onlineLink ? (
              <p>
                <a href={meeting.onlineLink} rel="noreferrer noopener" className="text-brand underline">
                  {t("detail.online")}
                </a>
              </p>
            ) : null}
          </dd>
        </div>
      </dl>
      <p>
        <a
          href={`/families/${familyId}/meetings/${meeting.id}/calendar`}
          download="family-meeting.ics"
          className="text-brand underline"
        >
          {t("detail.download")}
        </a>{" "}
        <span className="text-sm text-gray-700">{t("detail.calendarNote")}</span>
      </p>
      {isWorker ? (
        <p>
          <Link to={`/families/${familyId}/meetings/${meeting.id}/change`} className="text-brand underline">
            {t("detail.change")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
