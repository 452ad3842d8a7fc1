import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";

import { explainerSlug, type MeetingAnswer, type MeetingKind } from "./meeting-kinds";
import { nextMeetingFor } from "./meetings.server";

export type NextMeetingCard = {
  id: string;
  kind: MeetingKind;
  slug: string;
  when: string;
  answer: MeetingAnswer | null;
};

/** The home page's one call: at most one SQL statement, none for people the guard does not show meetings. */
export async function nextMeetingCard(
  request: Request,
  access: FamilyAccess,
): Promise<NextMeetingCard | null> {
  if (!allows(access, "meetings", "view")) return null;
  const [meeting, language] = await Promise.all([nextMeetingFor({ access }), requestLanguage(request)]);
  if (!meeting) return null;
  const format = meetingFormatter(language);
  return {
    id: meeting.id,
    kind: meeting.kind,
    slug: explainerSlug(meeting.kind),
    when: format.starts(meeting.startsAt),
    answer: meeting.answer,
  };
}
