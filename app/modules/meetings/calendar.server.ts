// Meetings as calendar files: one meeting to download, and each person's private feed.
// A calendar shows on lock screens and shared devices, so it is discreet: "Family meeting" and
// the time, no calendar name, no link into the family's pages; the place and the online link
// only for a person who chose to see them (Person.calendarShowsPlace).
import { hashToken, newToken } from "~/modules/auth/tokens.server";
import { isFamilyOpen } from "~/modules/family/active-family.server";
import { can } from "~/modules/permissions/can";
import type { FamilyRole } from "~/modules/permissions/matrix";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

import { buildCalendar, type CalendarEvent } from "./ics";

type MeetingRow = {
  calendarUid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  status: string;
  place: string;
  onlineLink: string;
};

const meetingSelect = {
  calendarUid: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  status: true,
  place: true,
  onlineLink: true,
} as const;

async function toEvents(
  rows: MeetingRow[],
  { language, showPlace }: { language: string; showPlace: boolean },
): Promise<CalendarEvent[]> {
  const t = await i18next.getFixedT(language === "cy" ? "cy" : "en", "meetings");
  return rows.map((row) => ({
    uid: row.calendarUid,
    sequence: row.sequence,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    cancelled: row.status === "CANCELLED",
    // Neutral words only: never the kind of meeting, the child, the family or the council.
    summary: t("feed.summary"),
    // People type names into places and links ("meet.example/smith-family"): shown only by choice.
    location: showPlace ? [row.place, row.onlineLink].filter(Boolean).join(" ") : "",
    description: "",
  }));
}

export async function showsPlace(personId: string): Promise<boolean> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { calendarShowsPlace: true },
  });
  return person?.calendarShowsPlace ?? false;
}

/** One meeting as the person asking for it should see it in their own calendar. */
export async function meetingCalendar({
  meeting,
  personId,
  language,
}: {
  meeting: MeetingRow;
  personId: string;
  language: string;
}) {
  return buildCalendar({
    events: await toEvents([meeting], { language, showPlace: await showsPlace(personId) }),
  });
}

/** The feed's meetings: those the person is invited to, in families where they may still see meetings. */
export async function feedCalendar(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { personId: true },
  });
  if (!feed) return null;
  const person = await db.person.findUniqueOrThrow({
    where: { id: feed.personId },
    select: {
      language: true,
      calendarShowsPlace: true,
      memberships: {
        where: { status: "ACTIVE" },
        select: { familyId: true, role: true, family: { select: { accessEndsAt: true } } },
      },
    },
  });
  // A family's meetings stay in the feed through the read-only days after its plan ends (reading
  // is allowed), and leave it when access ends. A feed left with only such families is a 404.
  const now = new Date();
  const open = person.memberships.filter((row) => isFamilyOpen(row.family, now));
  if (person.memberships.length > 0 && open.length === 0) return null;
  const families = open
    .filter((row) => can(row.role as FamilyRole, "meetings", "view"))
    .map((row) => row.familyId);
  const rows = await db.meeting.findMany({
    where: {
      familyId: { in: families },
      invites: { some: { personId: feed.personId } },
      endsAt: { gte: new Date(Date.now() - 90 * 86_400_000) },
    },
    select: meetingSelect,
    orderBy: { startsAt: "asc" },
  });
  return buildCalendar({
    events: await toEvents(rows, { language: person.language, showPlace: person.calendarShowsPlace }),
  });
}

export async function meetingForCalendar(meetingId: string, familyId: string) {
  return db.meeting.findFirst({ where: { id: meetingId, familyId }, select: meetingSelect });
}

/** A new feed link; any old link stops working at once. The token is shown once and never stored. */
export async function resetFeed(personId: string): Promise<string> {
  const token = newToken();
  await db.calendarFeed.upsert({
    where: { personId },
    create: { personId, tokenHash: hashToken(token) },
    update: { tokenHash: hashToken(token), createdAt: new Date() },
  });
  return new URL(`/calendar-feed/${token}`, getEnv().APP_URL).toString();
}
