import { useTranslation } from "react-i18next";

import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";

/** Who is invited; the worker also sees each answer. */
export function InvitedList({ invited, isWorker }: Pick<MeetingPageView, "invited" | "isWorker">) {
  const { t } = useTranslation("meetings");
  return (
    <section aria-labelledby="invited-heading" className="space-y-2">
      <h2 id="invited-heading" className="text-xl font-bold">
        {t("detail.invited")}
      </h2>
      <ul className="list-disc pl-6">
        {invited.map((person) => (
          <li key={person.personId}>
            <bdi>{person.name}</bdi>
            {isWorker ? (
              <> – {person.answer ? t(`detail.answers.${person.answer}`) : t("detail.noReply")}</>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
