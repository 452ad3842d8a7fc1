import { afterEach, describe, expect, it, vi } from "vitest";

import { getSignedInPerson } from "~/modules/auth/session.server";
import { loader as exit } from "~/routes/exit";
import { action as signOut } from "~/routes/sign-out";

import { cookieFor, createPerson, makeRequest } from "../factories";

afterEach(() => vi.useRealTimers());

const who = (cookie: string) => getSignedInPerson(makeRequest("/", { cookie }));

describe("sessions", () => {
  it("end after the idle timeout (60 minutes by default)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-22T09:00:00Z"));
    const person = await createPerson();
    const cookie = await cookieFor(person.id);
    vi.setSystemTime(new Date("2026-11-22T09:59:00Z"));
    expect(await who(cookie)).toMatchObject({ id: person.id });
    // Activity at 09:59 moved the idle clock on.
    vi.setSystemTime(new Date("2026-11-22T10:58:00Z"));
    expect(await who(cookie)).toMatchObject({ id: person.id });
    vi.setSystemTime(new Date("2026-11-22T12:00:00Z"));
    expect(await who(cookie)).toBeNull();
  });

  it("end after the absolute lifetime (12 hours by default), even when active", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-11-22T08:00:00Z").getTime();
    vi.setSystemTime(start);
    const person = await createPerson();
    const cookie = await cookieFor(person.id);
    for (let hour = 0.5; hour < 12; hour += 0.5) {
      vi.setSystemTime(start + hour * 3_600_000);
      expect(await who(cookie)).not.toBeNull();
    }
    vi.setSystemTime(start + 12 * 3_600_000 + 1000);
    expect(await who(cookie)).toBeNull();
  });

  it("sign-out ends the session on the server, not just in the browser", async () => {
    const person = await createPerson();
    const cookie = await cookieFor(person.id);
    const response = (await signOut({
      request: makeRequest("/sign-out", { method: "POST", cookie }),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(await who(cookie)).toBeNull();
  });

  it("quick exit signs out and goes to the neutral site, telling it nothing", async () => {
    const person = await createPerson();
    const cookie = await cookieFor(person.id);
    const response = (await exit({
      request: makeRequest("/exit", { cookie }),
      params: {},
      context: {},
    })) as Response;
    expect(response).toRedirectTo("https://www.bbc.co.uk/weather");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(await who(cookie)).toBeNull();
  });
});
