import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import type { NextMeetingCard } from "~/modules/meetings/home.server";

/** The home page's next meeting: what, when, what it is for, and the person's own answer. */
export function NextMeeting({ familyId, meeting }: { familyId: string; meeting: NextMeetingCard | null }) {
  const { t } = useTranslation("meetings");
  if (!meeting) return null;
  return (
    <section
      aria-labelledby="next-meeting-heading"
      className="space-y-1 rounded border-l-4 border-brand bg-white p-3"
    >
      <h2 id="next-meeting-heading" className="text-xl font-bold">
        {t("home.title")}
      </h2>
      <p className="font-bold">{t("home.when", { kind: t(`kinds.${meeting.kind}`), when: meeting.when })}</p>
      <p>
        {meeting.answer
          ? t("home.yourReply", { answer: t(`detail.answers.${meeting.answer}`) })
          : t("home.noReply")}
      </p>
      <ul className="flex flex-wrap gap-x-4">
        <li>
          <Link to={`/families/${familyId}/meetings/${meeting.id}`} className="text-brand underline">
            {t("home.open")}
          </Link>
        </li>
        <li>
          <Link to={`/meeting-guide#${meeting.slug}`} className="text-brand underline">
            {t("home.explainer")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
