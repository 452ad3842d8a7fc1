import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";

import { explainerSlug, type MeetingAnswer, type MeetingKind } from "./meeting-kinds";
import { homeMeetingsFor } from "./meetings.server";

export type NextMeetingCard = {
  id: string;
  kind: MeetingKind;
  slug: string;
  when: string;
  answer: MeetingAnswer | null;
};

/** "What was decided" at the newest meeting this person was invited to that has an outcome. */
export type DecidedCard = { id: string; kind: MeetingKind; day: string };

/**
 * The home page's one call: at most one SQL statement (the next meeting and "what was decided"
 * together), none for people the guard does not show meetings.
 */
export async function homeMeetingCards(
  request: Request,
  access: FamilyAccess,
): Promise<{ next: NextMeetingCard | null; decided: DecidedCard | null }> {
  if (!allows(access, "meetings", "view")) return { next: null, decided: null };
  const [{ next, decided }, language] = await Promise.all([
    homeMeetingsFor({ access }),
    requestLanguage(request),
  ]);
  const format = meetingFormatter(language);
  return {
    next: next
      ? {
          id: next.id,
          kind: next.kind,
          slug: explainerSlug(next.kind),
          when: format.starts(next.startsAt),
          answer: next.answer,
        }
      : null,
    decided: decided ? { id: decided.id, kind: decided.kind, day: format.day(decided.startsAt) } : null,
  };
}
