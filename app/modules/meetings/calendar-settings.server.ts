// The calendar settings page: the feed link, and whether the person's own calendar shows
// where meetings are. Kept apart from calendar.server.ts, which the feed route also loads.
import { z } from "zod";

import { db } from "~/utils/db.server";
import { parseSubmission } from "~/utils/forms.server";

import { showsPlace } from "./calendar.server";

/** What the calendar settings page shows: whether a link exists, and the place setting. */
export async function calendarSettings(personId: string) {
  const [feeds, showPlace] = await Promise.all([
    db.calendarFeed.count({ where: { personId } }),
    showsPlace(personId),
  ]);
  return { hasFeed: feeds > 0, showPlace };
}

// The settings page has two forms: make (or reset) the feed link, and the place setting. A
// checkbox sends "on" when ticked and nothing when not; anything else is refused, not guessed.
const CalendarSettingsFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reset") }),
  z.object({
    intent: z.literal("place"),
    showPlace: z.literal("on", { error: "meetings:errors.showPlace.invalid" }).optional(),
  }),
]);

export function parseCalendarSettingsForm(form: URLSearchParams) {
  return parseSubmission(form, CalendarSettingsFormSchema);
}

/** What the place form posts, for the page's field names. */
export type CalendarPlaceInput = { intent: "place"; showPlace?: "on" };

export async function setCalendarShowsPlace({
  personId,
  showPlace,
}: {
  personId: string;
  showPlace: boolean;
}) {
  await db.person.update({ where: { id: personId }, data: { calendarShowsPlace: showPlace } });
}
