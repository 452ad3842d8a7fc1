// Create forms save once: the same form posted twice (a double click, a resend) makes one row,
// with JavaScript on or off, and even when both posts arrive together.
import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { bookMeeting } from "~/modules/meetings/meetings.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";
import { exactUkInstant } from "~/utils/uk-time";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf } from "../setup/matchers";

type Family = Awaited<ReturnType<typeof createFamily>>;

const accessOf = (family: Family, index: number): FamilyAccess => {
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

const newKey = () => randomBytes(18).toString("base64url");

/** Posts a form to a route's action as the browser would; answers the status (a thrown redirect counts). */
async function post(
  route: { action: (args: never) => Promise<unknown> },
  path: string,
  params: Record<string, string>,
  cookie: string,
  form: Record<string, string>,
) {
  const args = { request: makeRequest(path, { cookie, method: "POST", form }), params, context: {} };
  return (await outcomeOf(() => route.action(args as never))).status;
}

async function meetingFamily() {
  const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PARENT" }] });
  const start = exactUkInstant("2099-12-02", "10:00");
  const end = exactUkInstant("2099-12-02", "11:00");
  if (!start.ok || !end.ok) throw new Error("bad test time");
  const booked = await bookMeeting({
    access: accessOf(family, 0),
    input: {
      kind: "CORE_GROUP",
      startsAt: start.instant,
      endsAt: end.instant,
      place: "Room 2",
      onlineLink: "",
    },
    invitees: [family.people[1].id],
  });
  if (!booked.ok) throw new Error("meeting not booked");
  return { family, meetingId: booked.meetingId, cookie: await cookieFor(family.people[1].id) };
}

describe("a meeting note", () => {
  const notePath = (familyId: string, meetingId: string) => `/families/${familyId}/meetings/${meetingId}`;

  it("posted twice with the same key is saved once, and both posts land on the saved page", async () => {
    const { family, meetingId, cookie } = await meetingFamily();
    const route = await import("~/routes/families.$familyId.meetings.$meetingId._index");
    const form = {
      intent: "note",
      words: "I want to talk about contact",
      shared: "no",
      submissionKey: newKey(),
    };
    const params = { familyId: family.id, meetingId };
    expect(await post(route, notePath(family.id, meetingId), params, cookie, form)).toBe(302);
    expect(await post(route, notePath(family.id, meetingId), params, cookie, form)).toBe(302);
    expect(await db.meetingNote.count({ where: { meetingId } })).toBe(1);
  });

  it("posted twice at the same moment is saved once", async () => {
    const { family, meetingId, cookie } = await meetingFamily();
    const route = await import("~/routes/families.$familyId.meetings.$meetingId._index");
    const form = { intent: "note", words: "Both at once", shared: "yes", submissionKey: newKey() };
    const params = { familyId: family.id, meetingId };
    const statuses = await Promise.all(
      [1, 2].map(() => post(route, notePath(family.id, meetingId), params, cookie, form)),
    );
    expect(statuses).toEqual([302, 302]);
    expect(await db.meetingNote.count({ where: { meetingId } })).toBe(1);
  });

  it("new words with an old key (a page restored from history) are a new note", async () => {
    const { family, meetingId, cookie } = await meetingFamily();
    const route = await import("~/routes/families.$familyId.meetings.$meetingId._index");
    const submissionKey = newKey();
    const params = { familyId: family.id, meetingId };
    await post(route, notePath(family.id, meetingId), params, cookie, {
      intent: "note",
      words: "First thought",
      shared: "no",
      submissionKey,
    });
    await post(route, notePath(family.id, meetingId), params, cookie, {
      intent: "note",
      words: "Second thought",
      shared: "no",
      submissionKey,
    });
    expect(await db.meetingNote.count({ where: { meetingId } })).toBe(2);
  });

  it("a refused post saves nothing and does not use up the key", async () => {
    const { family, meetingId, cookie } = await meetingFamily();
    const route = await import("~/routes/families.$familyId.meetings.$meetingId._index");
    const form = { intent: "note", words: "", shared: "no", submissionKey: newKey() };
    const params = { familyId: family.id, meetingId };
    expect(await post(route, notePath(family.id, meetingId), params, cookie, form)).toBe(400);
    expect(
      await post(route, notePath(family.id, meetingId), params, cookie, { ...form, words: "Now with words" }),
    ).toBe(302);
    expect(await db.meetingNote.count({ where: { meetingId } })).toBe(1);
  });
});

type RouteModule = { action: (args: never) => Promise<unknown> };

/**
 * Other create forms, each posted twice with one key: one row, and the second post lands where
 * the first did. `count` counts what the form adds in that family.
 */
const createForms: {
  name: string;
  members: { role: "PARENT" | "KINSHIP_CARER" | "PRACTITIONER" | "NETWORK_MEMBER" }[];
  route: () => Promise<RouteModule>;
  path: (family: Family) => Promise<{ path: string; params: Record<string, string> }>;
  form: (family: Family) => Record<string, string>;
  count: (family: Family) => Promise<number>;
}[] = [
  {
    name: "a post in a rule's discussion",
    members: [{ role: "PARENT" }, { role: "PRACTITIONER" }],
    route: () => import("~/routes/families.$familyId.rules.$ruleId._index"),
    path: async (family) => {
      const { proposeRule } = await import("~/modules/rules/rules.server");
      const ruleId = await proposeRule({
        access: accessOf(family, 0),
        data: {
          text: "No one who has used drugs looks after the baby.",
          worryId: "",
          warningSigns: "",
          ifBroken: "",
          whoToCall: "",
          involved: [],
          checkers: [],
        },
        request: new Request("http://localhost/test"),
      });
      return { path: `/families/${family.id}/rules/${ruleId}`, params: { familyId: family.id, ruleId } };
    },
    form: () => ({ intent: "comment", text: "Can we talk about weekends too?" }),
    count: (family) => db.ruleComment.count({ where: { familyId: family.id } }),
  },
  {
    name: "a diary entry",
    members: [{ role: "KINSHIP_CARER" }, { role: "PRACTITIONER" }],
    route: () => import("~/routes/families.$familyId.kinship.diary.new"),
    path: async (family) => ({
      path: `/families/${family.id}/kinship/diary/new`,
      params: { familyId: family.id },
    }),
    form: () => ({ day: "2026-11-20", text: "She smiled at the dog today." }),
    count: (family) => db.diaryEntry.count({ where: { familyId: family.id } }),
  },
  {
    name: "a contact arrangement",
    members: [{ role: "KINSHIP_CARER" }, { role: "PRACTITIONER" }],
    route: () => import("~/routes/families.$familyId.kinship.contact.new"),
    path: async (family) => ({
      path: `/families/${family.id}/kinship/contact/new`,
      params: { familyId: family.id },
    }),
    form: () => ({
      who: "Mum",
      whenText: "Tuesdays, 2pm to 4pm",
      place: "The family centre",
      supervised: "no",
      supervisor: "",
      ownSteps: "",
    }),
    count: (family) => db.contactArrangement.count({ where: { familyId: family.id } }),
  },
  {
    name: "an invitation",
    members: [{ role: "PRACTITIONER" }, { role: "PARENT" }],
    route: () => import("~/routes/families.$familyId.network.invite"),
    path: async (family) => ({
      path: `/families/${family.id}/network/invite`,
      params: { familyId: family.id },
    }),
    form: () => ({
      name: "Gran",
      email: `gran-${newKey().slice(0, 8)}@test.example`,
      role: "NETWORK_MEMBER",
      relationship: "Grandmother",
    }),
    count: (family) => db.invitation.count({ where: { familyId: family.id } }),
  },
];

describe.each(createForms)("$name", ({ members, route, path, form, count }) => {
  it("posted twice with the same key is saved once", async () => {
    const family = await createFamily({ members });
    const cookie = await cookieFor(family.people[0].id);
    const target = await path(family);
    const module = await route();
    const posted = { ...form(family), submissionKey: newKey() };
    const first = await post(module, target.path, target.params, cookie, posted);
    expect(first).toBe(302);
    expect(await post(module, target.path, target.params, cookie, posted)).toBe(first);
    expect(await count(family)).toBe(1);
  });
});
