import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { endPlan } from "~/modules/family/plan-end.server";
import { feedCalendar, resetFeed } from "~/modules/meetings/calendar.server";
import {
  buildCalendar,
  escapeText,
  foldLine,
  withoutControlCharacters,
  type CalendarEvent,
} from "~/modules/meetings/ics";
import { bookMeeting, cancelMeeting, moveMeeting } from "~/modules/meetings/meetings.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { loader as feedLoader } from "~/routes/calendar-feed.$token";
import { db } from "~/utils/db.server";
import { exactUkInstant } from "~/utils/uk-time";

import { cookieFor, createFamily, createPerson, makeRequest } from "../../factories";
import { outcomeOf, typedValuesOf } from "../../setup/matchers";

/** Every physical line: CRLF only, at most 75 octets, continuation lines start with a space. */
function expectStrictLines(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const lines = text.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(line.length).toBeGreaterThan(0);
  }
  // Unfolded, each content line is NAME[;params]:value.
  const unfolded = text.replace(/\r\n /g, "").slice(0, -2).split("\r\n");
  for (const line of unfolded) expect(line).toMatch(/^[A-Z-]+(;[^:]*)?:/);
  expect(unfolded[0]).toBe("BEGIN:VCALENDAR");
  expect(unfolded.at(-1)).toBe("END:VCALENDAR");
  return unfolded;
}

const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "0b6f4c1e-5d2a-4c59-9a3e-2f1b7f0b9e11@safety-circle",
  sequence: 0,
  startsAt: new Date("2027-03-28T09:00:00Z"),
  endsAt: new Date("2027-03-28T10:30:00Z"),
  cancelled: false,
  summary: "Family meeting",
  location: "Room 2",
  description: "",
  ...patch,
});

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("RFC 5545 output", () => {
  it("escapes text and folds at 75 octets without splitting a character", () => {
    expect(escapeText("a,b;c\\d\r\ne\nf\rg")).toBe("a\\,b\\;c\\\\d\\ne\\nf\\ng");
    // A control character between CR and LF goes first, so the pair is still one line break.
    expect(escapeText("x\r\t\n\u0000y")).toBe("x\\ny");
    const folded = foldLine(`LOCATION:${"é".repeat(60)}`);
    for (const line of folded) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.map((line, index) => (index === 0 ? line : line.slice(1))).join("")).toBe(
      `LOCATION:${"é".repeat(60)}`,
    );
  });

  it("round-trips any text through an independent parser (ical.js), with strict lines (property)", () => {
    const nasty = fc.string({
      unit: fc.constantFrom("a", "Z", " ", ",", ";", "\\", "\r", "\n", ":", "é", "😀", "ł", '"', "\t"),
      maxLength: 200,
    });
    fc.assert(
      fc.property(
        nasty,
        fc.string({ maxLength: 120 }),
        fc.integer({ min: 0, max: 50 }),
        (location, words, sequence) => {
          const text = buildCalendar({
            events: [event({ location: `x${location}`, description: words, sequence })],
          });
          expectStrictLines(text);
          const [parsed] = parseEvents(text);
          // As the module does: drop control characters first, then each line break becomes one \n.
          const clean = (value: string) => withoutControlCharacters(value).replace(/\r\n|\r/g, "\n");
          expect(parsed.location).toBe(clean(`x${location}`));
          if (words) expect(parsed.description).toBe(clean(words));
          expect(parsed.sequence).toBe(sequence);
          expect(parsed.summary).toBe("Family meeting");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives UTC times that read as the right UK time across the clock change, a UID, DTSTAMP and STATUS", () => {
    const start = exactUkInstant("2027-03-28", "10:00");
    if (!start.ok) throw new Error("bad time");
    const text = buildCalendar({
      events: [event({ startsAt: start.instant, cancelled: true, sequence: 3 })],
      now: new Date("2027-03-01T08:00:00Z"),
    });
    const lines = expectStrictLines(text);
    expect(lines).toContain("DTSTART:20270328T090000Z");
    expect(lines).toContain("DTSTAMP:20270301T080000Z");
    expect(lines).toContain("STATUS:CANCELLED");
    const [parsed] = parseEvents(text);
    expect(parsed.uid).toBe(event().uid);
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2027-03-28T09:00:00.000Z");
  });
});

const accessOf = (family: Awaited<ReturnType<typeof createFamily>>, index: number): FamilyAccess => {
  const person = family.people[index];
  return {
    person: { id: person.id, name: person.name, language: "en", sessionId: "t" },
    familyId: family.id,
    membershipId: person.membershipId,
    role: person.role,
    familyName: family.name,
    organisationName: "x",
  };
};

/** What a calendar app shows or could show: the calendar's name and each event's visible fields. */
function visibleParts(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const names = ["x-wr-calname", "x-wr-caldesc", "name", "description"]
    .map((name) => calendar.getFirstPropertyValue(name))
    .filter(Boolean);
  const events = calendar.getAllSubcomponents("vevent").map((component) => ({
    summary: component.getFirstPropertyValue("summary"),
    location: component.getFirstPropertyValue("location"),
    description: component.getFirstPropertyValue("description"),
    url: component.getFirstPropertyValue("url"),
  }));
  return { names, events };
}

async function postCalendarSettings(personId: string, form: Record<string, string>) {
  const route = await import("~/routes/settings.calendar");
  const request = makeRequest("/settings/calendar", {
    method: "POST",
    cookie: await cookieFor(personId),
    form,
  });
  return route.action({ request, params: {}, context: {} });
}

describe("calendar feed and download", () => {
  it("shows updates (SEQUENCE) and cancellations, never names, and a reset token is a bare 404", async () => {
    const family = await createFamily({
      name: "Quenby family",
      childName: "Tamsinella",
      members: [{ role: "PRACTITIONER" }, { role: "PARENT" }],
    });
    const worker = accessOf(family, 0);
    const mum = family.people[1];
    const start = exactUkInstant("2027-06-01", "10:00");
    if (!start.ok) throw new Error("bad time");
    const booked = await bookMeeting({
      access: worker,
      input: {
        kind: "CORE_GROUP",
        startsAt: start.instant,
        endsAt: new Date(start.instant.getTime() + 3_600_000),
        place: "Hall, room 3; back door \\ side",
        onlineLink: "https://meet.example/tamsinella-quenby",
      },
      invitees: [mum.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const url = await resetFeed(mum.id);
    const token = url.split("/").at(-1)!;
    expect(await db.calendarFeed.count({ where: { tokenHash: token } })).toBe(0); // only a hash is kept

    const first = (await feedCalendar(token))!;
    expectStrictLines(first);
    // By default: "Family meeting" and the time only. No place, no link, no calendar name.
    expect(visibleParts(first)).toEqual({
      names: [],
      events: [{ summary: "Family meeting", location: null, description: null, url: null }],
    });
    expect(parseEvents(first)[0].startDate.toJSDate().toISOString()).toBe(start.instant.toISOString());
    for (const secret of [
      "Tamsinella",
      "Quenby",
      "Test Council",
      "CORE_GROUP",
      "Core group",
      "Safety Circle",
      "/families/",
      "meet.example",
      "Hall",
    ])
      expect(first).not.toContain(secret);

    await moveMeeting({
      access: worker,
      meetingId: booked.meetingId,
      sequence: 0,
      input: {
        startsAt: new Date(start.instant.getTime() + 86_400_000),
        endsAt: new Date(start.instant.getTime() + 90_000_000),
        place: "Hall",
        onlineLink: "",
      },
    });
    const moved = parseEvents((await feedCalendar(token))!);
    expect(moved[0].sequence).toBe(1);
    expect(moved[0].uid).toBe(parseEvents(first)[0].uid);
    await cancelMeeting({ access: worker, meetingId: booked.meetingId, sequence: 1 });
    const cancelled = (await feedCalendar(token))!;
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(parseEvents(cancelled)[0].sequence).toBe(2);

    // The route: a reset makes the old link a 404 that says nothing.
    const route = await import("~/routes/calendar-feed.$token");
    const fetchFeed = (value: string) =>
      route.loader({
        request: new Request(`http://localhost/calendar-feed/${value}`),
        params: { token: value },
        context: {},
      });
    expect((await fetchFeed(token)).status).toBe(200);
    await resetFeed(mum.id);
    const old = await fetchFeed(token);
    expect(old.status).toBe(404);
    expect(await old.text()).toBe("Not Found");
    expect((await fetchFeed("x")).status).toBe(404);
  });

  it("shows the place and the online link only to a person who ticked the setting, and to no one else", async () => {
    const family = await createFamily({
      childName: "Ottoline",
      members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "NETWORK_MEMBER" }],
    });
    const [, mum, aunt] = family.people;
    const start = exactUkInstant("2027-06-02", "14:00");
    if (!start.ok) throw new Error("bad time");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "CORE_GROUP",
        startsAt: start.instant,
        endsAt: new Date(start.instant.getTime() + 3_600_000),
        place: "Hall, room 3",
        onlineLink: "https://meet.example/ottoline",
      },
      invitees: [mum.id, aunt.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const mumToken = (await resetFeed(mum.id)).split("/").at(-1)!;
    const auntToken = (await resetFeed(aunt.id)).split("/").at(-1)!;

    const saved = await postCalendarSettings(mum.id, { intent: "place", showPlace: "on" });
    expect(saved).toMatchObject({ showPlaceSaved: true });
    expect(visibleParts((await feedCalendar(mumToken))!).events[0]).toMatchObject({
      location: "Hall, room 3 https://meet.example/ottoline",
      description: null,
      url: null,
    });
    expect(visibleParts((await feedCalendar(auntToken))!).events[0].location).toBeNull();

    // Unticking (a checkbox sends nothing) hides it again.
    await postCalendarSettings(mum.id, { intent: "place" });
    expect(visibleParts((await feedCalendar(mumToken))!).events[0].location).toBeNull();
  });

  it("the settings form refuses a value it does not know, and a new person's setting is off", async () => {
    const person = await createPerson();
    expect(
      await db.person.findUniqueOrThrow({ where: { id: person.id }, select: { calendarShowsPlace: true } }),
    ).toEqual({ calendarShowsPlace: false });
    const refused = await outcomeOf(postCalendarSettings(person.id, { intent: "place", showPlace: "maybe" }));
    expect(refused).toRefuseWith({ showPlace: "meetings:errors.showPlace.invalid" });
    expect(typedValuesOf(refused.data)).toMatchObject({ intent: "place", showPlace: "maybe" });
    expect(await postCalendarSettings(person.id, { intent: "delete-everything" })).toRefuseWith({
      intent: "generic.invalid",
    });
    expect(
      await db.person.findUniqueOrThrow({ where: { id: person.id }, select: { calendarShowsPlace: true } }),
    ).toEqual({ calendarShowsPlace: false });
  });

  it("the download is one valid event for an invited member, and 404 for a member not invited", async () => {
    const family = await createFamily({
      members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "PARENT" }],
    });
    const start = exactUkInstant("2027-06-01", "10:00");
    if (!start.ok) throw new Error("bad time");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "PRE_PROCEEDINGS",
        startsAt: start.instant,
        endsAt: new Date(start.instant.getTime() + 3_600_000),
        place: "Line one\r\nLine two, with; marks",
        onlineLink: "https://meet.example/x",
      },
      invitees: [family.people[1].id],
    });
    if (!booked.ok) throw new Error("not booked");
    const route = await import("~/routes/families.$familyId.meetings.$meetingId.calendar");
    const get = async (index: number) =>
      route.loader({
        request: makeRequest(`/families/${family.id}/meetings/${booked.meetingId}/calendar`, {
          cookie: await cookieFor(family.people[index].id),
        }),
        params: { familyId: family.id, meetingId: booked.meetingId },
        context: {},
      });
    const response = await get(1);
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const text = await response.text();
    expectStrictLines(text);
    expect(visibleParts(text)).toEqual({
      names: [],
      events: [{ summary: "Family meeting", location: null, description: null, url: null }],
    });
    for (const secret of ["Safety Circle", "/families/", "meet.example", "Line one"])
      expect(text).not.toContain(secret);

    await postCalendarSettings(family.people[1].id, { intent: "place", showPlace: "on" });
    const withPlace = await (await get(1)).text();
    expectStrictLines(withPlace);
    expect(parseEvents(withPlace)[0].location).toBe("Line one\nLine two, with; marks https://meet.example/x");
    await expect(get(2)).toBeNotFound();
  });
});

describe("the private feed of a family whose plan has ended", () => {
  it("still serves through the read-only days, and is a bare 404 once access ends", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PARENT" }] });
    const mum = family.people[1];
    const start = exactUkInstant("2031-06-01", "10:00");
    if (!start.ok) throw new Error("bad time");
    const booked = await bookMeeting({
      access: accessOf(family, 0),
      input: {
        kind: "CORE_GROUP",
        startsAt: start.instant,
        endsAt: new Date(start.instant.getTime() + 3_600_000),
        place: "Hall",
        onlineLink: "",
      },
      invitees: [mum.id],
    });
    if (!booked.ok) throw new Error("not booked");
    const token = (await resetFeed(mum.id)).split("/").at(-1)!;
    const ended = await endPlan({
      access: accessOf(family, 0),
      reason: "NOT_NEEDED",
      request: makeRequest("/families/x/plan-end", { method: "POST" }),
    });
    expect(ended.ok).toBe(true);

    const fetchFeed = () =>
      feedLoader({ params: { token }, request: makeRequest(`/calendar-feed/${token}`), context: {} });
    const reading = await fetchFeed();
    expect(reading.status).toBe(200);
    expect(parseEvents(await reading.text())).toHaveLength(1);

    await db.family.update({ where: { id: family.id }, data: { accessEndsAt: new Date(Date.now() - 1000) } });
    const closed = await fetchFeed();
    expect(closed.status).toBe(404);
    expect(await closed.text()).toBe("Not Found");
  });
});
