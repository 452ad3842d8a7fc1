import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { MarkBody } from "~/components/meetings/mark-body";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";

/**
 * "The family says": for the social worker (and the chair, who sees the meeting through the
 * social worker's view), the family's marks on the papers' sections still in dispute: not
 * answered yet, or answered that the section stays.
 */
export function FamilySaysSection({ marks }: { marks: MeetingPageView["familySays"] }) {
  const { t } = useTranslation("meetings");
  if (marks.length === 0) return null;
  return (
    <section aria-labelledby="family-says" className="space-y-2">
      <h2 id="family-says" className="text-xl font-bold" tabIndex={-1}>
        {t("sections.familySays.title")}
      </h2>
      <p>{t("sections.familySays.intro")}</p>
      <ul className="space-y-2">
        {marks.map((mark) => (
          <li key={mark.id} className="rounded border-l-4 border-red-700 bg-white p-3">
            <p className="font-bold">
              <Link to={mark.href} className="text-brand underline">
                <bdi>{mark.heading}</bdi>
              </Link>
            </p>
            <MarkBody mark={mark} shouldSayLabel={t("sections.familySays.shouldSay")} />
            <p className="font-bold">
              {mark.stays ? t("sections.familySays.stays") : t("sections.familySays.notAnswered")}
            </p>
            {mark.reason ? (
              <p>
                <strong>{t("sections.familySays.reason")}</strong>{" "}
                <bdi className="whitespace-pre-line">{mark.reason}</bdi>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
