import { describe, expect, it } from "vitest";

import { bookMeeting } from "~/modules/meetings/meetings.server";
import { noticeSettingsOf } from "~/modules/notices/notice-settings.server";
import { loader as whatsNewLoader } from "~/routes/families.$familyId.whats-new._index";
import { loader as openLoader } from "~/routes/families.$familyId.whats-new.$noticeId";
import { action as settingsAction, loader as settingsLoader } from "~/routes/settings.notices";
import { db } from "~/utils/db.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf } from "../setup/matchers";

async function bookedFamily() {
  const family = await createFamily({
    members: [{ role: "PRACTITIONER" }, { role: "PARENT" }, { role: "NETWORK_MEMBER" }],
  });
  const [worker, mum, nan] = family.people;
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const booked = await bookMeeting({
    access: accessOf(family, worker),
    input: {
      kind: "CORE_GROUP",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      place: "",
      onlineLink: "",
    },
    invitees: [mum.id, nan.id],
  });
  if (!booked.ok) throw new Error("not booked");
  return { family, worker, mum, nan, meetingId: booked.meetingId };
}

type WhatsNew = { notices: { id: string; event: string; unread: boolean }[] };

describe("What's new pages", () => {
  it("lists the member's own notices; opening one marks it read and goes to the thing; another's is 404", async () => {
    const { family, mum, nan, meetingId } = await bookedFamily();
    const mumCookie = await cookieFor(mum.id);
    const page = await outcomeOf<WhatsNew>(() =>
      whatsNewLoader({
        request: makeRequest(`/families/${family.id}/whats-new`, { cookie: mumCookie }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(page.status).toBe(200);
    expect(page.data.notices).toEqual([
      { id: expect.any(String), event: "meeting_booked", at: expect.any(String), unread: true },
    ]);
    const noticeId = page.data.notices[0].id;

    // Nan's own notice is another row; hers cannot be opened by the mother, nor the mother's by her.
    const nanCookie = await cookieFor(nan.id);
    const asNan = await outcomeOf(() =>
      openLoader({
        request: makeRequest(`/families/${family.id}/whats-new/${noticeId}`, { cookie: nanCookie }),
        params: { familyId: family.id, noticeId },
        context: {},
      }),
    );
    expect(asNan.status).toBe(404);
    expect((await db.notice.findUniqueOrThrow({ where: { id: noticeId } })).readAt).toBeNull();

    const opened = await outcomeOf(() =>
      openLoader({
        request: makeRequest(`/families/${family.id}/whats-new/${noticeId}`, { cookie: mumCookie }),
        params: { familyId: family.id, noticeId },
        context: {},
      }),
    );
    expect(opened.status).toBe(302);
    expect(opened.location).toBe(`/families/${family.id}/meetings/${meetingId}`);
    expect((await db.notice.findUniqueOrThrow({ where: { id: noticeId } })).readAt).toBeInstanceOf(Date);
  });
});

describe("the notices settings page", () => {
  it("starts from the safe default, keeps what was typed when refused, and saves a person's own choice", async () => {
    const { mum } = await bookedFamily();
    const cookie = await cookieFor(mum.id);
    const loaded = await outcomeOf<{ values: Record<string, string> }>(() =>
      settingsLoader({ request: makeRequest("/settings/notices", { cookie }), params: {}, context: {} }),
    );
    expect(loaded.data.values).toMatchObject({
      meetings: "DAILY",
      plan: "DAILY",
      quietFrom: "",
      quietTo: "",
    });

    const form = {
      meetings: "NOW",
      plan: "DAILY",
      rules: "APP",
      commitments: "DAILY",
      advice: "DAILY",
      questions: "NOW",
    };
    const refused = await outcomeOf<{
      error: Record<string, string[]>;
      initialValue: Record<string, string>;
    }>(() =>
      settingsAction({
        request: makeRequest("/settings/notices", {
          cookie,
          method: "POST",
          form: { ...form, quietFrom: "21:00", quietTo: "" },
        }),
        params: {},
        context: {},
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.error.quietTo).toEqual(["notices:errors.quietTo"]);
    expect(refused.data.initialValue.quietFrom).toBe("21:00");
    expect((await noticeSettingsOf(mum.id)).meetings).toBe("DAILY");

    const saved = await outcomeOf(() =>
      settingsAction({
        request: makeRequest("/settings/notices", {
          cookie,
          method: "POST",
          form: { ...form, noEmail: "on", quietFrom: "21:00", quietTo: "07:30" },
        }),
        params: {},
        context: {},
      }),
    );
    expect(saved.status).toBe(200);
    expect(await noticeSettingsOf(mum.id)).toEqual({
      meetings: "NOW",
      plan: "DAILY",
      rules: "APP",
      commitments: "DAILY",
      advice: "DAILY",
      questions: "NOW",
      noEmail: true,
      quietFrom: "21:00",
      quietTo: "07:30",
    });
  });
});
