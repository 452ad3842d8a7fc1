// The session ends with the browser unless the person chooses
// otherwise, and quick exit leaves no cookie of ours behind.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { runDueJobs } from "~/modules/jobs/runner.server";
import { loader as exit } from "~/routes/exit";
import { action as signInAction } from "~/routes/sign-in._index";
import { action as codeAction } from "~/routes/sign-in.code";
import { db } from "~/utils/db.server";

import { cookieFor, createPerson, makeRequest } from "../factories";

async function signInWithCode(form: Record<string, string> = {}) {
  const person = await createPerson();
  await signInAction({
    request: makeRequest("/sign-in?index", { method: "POST", form: { email: person.email } }),
    params: {},
    context: { clientIp: "203.0.113.40" },
  });
  await runDueJobs();
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: person.email } });
  const code = mail.text.match(/\b(\d{6})\b/)![1];
  const response = (await codeAction({
    request: makeRequest("/sign-in/code", { method: "POST", form: { email: person.email, code, ...form } }),
    params: {},
    context: { clientIp: "203.0.113.40" },
  })) as Response;
  expect(response.status).toBe(302);
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith("sc_session="))!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the session cookie", () => {
  it("ends with the browser by default (no Max-Age or Expires)", async () => {
    const cookie = await signInWithCode();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
  });

  it("lasts up to the session's absolute limit when the person ticks 'keep me signed in on this device'", async () => {
    const cookie = await signInWithCode({ remember: "yes" });
    expect(cookie).toMatch(/Max-Age=43200/);
  });

  it("ignores a made-up value for the checkbox", async () => {
    const person = await createPerson();
    const result = await codeAction({
      request: makeRequest("/sign-in/code", {
        method: "POST",
        form: { email: person.email, code: "123456", remember: "forever" },
      }),
      params: {},
      context: {},
    });
    expect((result as { init?: ResponseInit }).init?.status).toBe(400);
  });
});

describe("quick exit", () => {
  it("clears every cookie the app sets, including the pending sign-in email", async () => {
    const person = await createPerson();
    const cookie = await cookieFor(person.id);
    const response = (await exit({
      request: makeRequest("/exit", { cookie: `${cookie}; sc_signin=abc; lng=cy` }),
      params: {},
      context: {},
    })) as Response;
    const cleared = response.headers.getSetCookie();

    // Every cookie name made anywhere in app/ with createCookie("…").
    const names = new Set<string>();
    for (const file of sourceFiles("app")) {
      for (const match of readFileSync(file, "utf8").matchAll(/createCookie\(\s*"([^"]+)"/g))
        names.add(match[1]);
    }
    expect([...names].sort()).toEqual(["lng", "sc_session", "sc_signin"]);
    for (const name of names) {
      const header = cleared.find((value) => value.startsWith(`${name}=`));
      expect(header, name).toBeDefined();
      expect(header).toMatch(/Max-Age=0/);
    }
    // The pending email cookie lives on /sign-in, so clearing it must use that path.
    expect(cleared.find((value) => value.startsWith("sc_signin="))).toMatch(/Path=\/sign-in/);
  });
});
