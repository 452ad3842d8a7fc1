// Sign-in tells nobody who has an account, and limits stop guessing
// without letting someone elsewhere lock the owner out.
import { afterEach, describe, expect, it } from "vitest";

import { addressKey } from "~/modules/auth/rate-limit.server";
import { ACCOUNT_WRONG_CODE_CAP, LOCK_BASE_MINUTES, MAX_LIVE_CODES } from "~/modules/auth/sign-in.server";
import { emailKey } from "~/modules/auth/tokens.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { action as signInAction } from "~/routes/sign-in._index";
import { action as codeAction } from "~/routes/sign-in.code";
import { action as linkAction } from "~/routes/sign-in.link.$token";
import { db } from "~/utils/db.server";
import { overrideEnvForTests, resetEnvForTests } from "~/utils/env.server";

import { createPerson, makeRequest, uniqueEmail } from "../factories";
import { expectConsoleError } from "../setup/console-errors";
import { outcomeOf } from "../setup/matchers";

afterEach(() => resetEnvForTests());

// Some tests send dozens of requests; the machine is shared, so allow them time (nothing here is timed).
const MANY_REQUESTS = { timeout: 60_000 };

function askForCode(email: string, ip = "203.0.113.9") {
  return signInAction({
    request: makeRequest("/sign-in?index", { method: "POST", form: { email } }),
    params: {},
    context: { clientIp: ip },
  }) as Promise<Response>;
}

function typeCode(email: string, code: string, ip = "203.0.113.9") {
  return codeAction({
    request: makeRequest("/sign-in/code", { method: "POST", form: { email, code } }),
    params: {},
    context: { clientIp: ip },
  });
}

/** A response with the values that are random by design (cookie values) replaced by their shape. */
async function shape(response: Response) {
  const headers = [...response.headers.entries()].map(([name, value]) =>
    name === "set-cookie" ? [name, value.replace(/^([^=]+)=[^;]*/, "$1=<value>")] : [name, value],
  );
  return { status: response.status, headers, body: await response.text() };
}

async function mailsTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "desc" } });
}

async function newestCode(email: string) {
  const [mail] = await mailsTo(email);
  return mail?.text.match(/\b(\d{6})\b/)?.[1];
}

function wrongCodeFor(right: string | undefined) {
  return right === "000000" ? "111111" : "000000";
}

describe("asking for a code tells nobody who has an account", () => {
  it("answers a known and an unknown email with the same status, headers and body", async () => {
    const known = await createPerson();
    const unknown = uniqueEmail("nobody");
    const a = await shape(await askForCode(known.email));
    const b = await shape(await askForCode(unknown));
    expect(a.status).toBe(302);
    expect(b).toEqual(a);
  });

  it("does no mail I/O on the request path: the mail is sent only when the job runs", async () => {
    const person = await createPerson();
    const response = await askForCode(person.email);
    expect(response.status).toBe(302);
    expect(await mailsTo(person.email)).toHaveLength(0);
    expect(await db.signInToken.count({ where: { email: person.email } })).toBe(0);
    expect(await db.job.count({ where: { kind: "sign-in-email" } })).toBeGreaterThan(0);

    await runDueJobs();
    expect(await mailsTo(person.email)).toHaveLength(1);
    expect(await db.signInToken.count({ where: { email: person.email } })).toBe(1);
    // A job that is done keeps nothing (its payload held the email).
    expect(await db.job.count({ where: { payload: { contains: person.email } } })).toBe(0);
  });

  it(
    "gives the same answer with the mail server down, and retries the mail later with back-off",
    MANY_REQUESTS,
    async () => {
      // Port 1 on this machine refuses connections, like a mail server that is down.
      overrideEnvForTests({ SMTP_URL: "smtp://127.0.0.1:1" });
      const known = await createPerson();
      const a = await shape(await askForCode(known.email));
      const b = await shape(await askForCode(uniqueEmail("nobody")));
      expect(a.status).toBe(302);
      expect(b).toEqual(a);

      const logged = expectConsoleError();
      await runDueJobs();
      // The failed send is logged as one warning line (stderr), without the address.
      expect(logged.map(([line]) => JSON.parse(String(line)))).toEqual([
        expect.objectContaining({ level: "warn", event: "job.retry" }),
      ]);
      expect(String(logged[0][0])).not.toContain(known.email);
      const job = await db.job.findFirstOrThrow({ where: { payload: { contains: known.email } } });
      expect(job).toMatchObject({ status: "pending", attempts: 1, lastError: expect.any(String) });
      expect(job.runAfter.getTime()).toBeGreaterThan(Date.now() + 20_000);
      // The code in the mail that failed was never delivered, so it is not kept as a live code.
      expect(await db.signInToken.count({ where: { email: known.email } })).toBe(0);

      // The mail server is back: once the job is due again, it sends.
      resetEnvForTests();
      await db.job.update({ where: { id: job.id }, data: { runAfter: new Date() } });
      await runDueJobs();
      expect(await mailsTo(known.email)).toHaveLength(1);
      expect(await db.job.count({ where: { id: job.id } })).toBe(0);
    },
  );
});

describe("wrong codes", () => {
  it("never passes the account's cap, however many tries arrive at once", MANY_REQUESTS, async () => {
    const person = await createPerson();
    await askForCode(person.email);
    await runDueJobs();
    const wrong = wrongCodeFor(await newestCode(person.email));

    // Many addresses at once, so only the account cap can stop them.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => typeCode(person.email, wrong, `198.51.100.${i + 1}`)),
    );
    const outcomes = await Promise.all(results.map(outcomeOf));
    expect(outcomes.filter(({ status }) => status === 400)).toHaveLength(ACCOUNT_WRONG_CODE_CAP);
    expect(outcomes.filter(({ status }) => status === 429)).toHaveLength(40 - ACCOUNT_WRONG_CODE_CAP);
    for (const outcome of outcomes.filter(({ status }) => status === 429)) {
      expect(Number(outcome.headers.get("Retry-After"))).toBeGreaterThan(0);
    }
    const throttle = await db.accountThrottle.findUniqueOrThrow({ where: { key: emailKey(person.email) } });
    expect(throttle.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + (LOCK_BASE_MINUTES - 1) * 60_000);
  });

  it(
    "pauses codes (even the right one) with back-off, emails the person discreetly, and the link still works",
    MANY_REQUESTS,
    async () => {
      const person = await createPerson();
      await askForCode(person.email);
      await runDueJobs();
      const right = await newestCode(person.email);
      const link = (await mailsTo(person.email))[0].text.match(/\/sign-in\/link\/([A-Za-z0-9_-]{43})/)![1];

      for (let i = 0; i < ACCOUNT_WRONG_CODE_CAP; i++)
        await expect(typeCode(person.email, wrongCodeFor(right), `192.0.2.${i + 1}`)).toHaveStatus(400);
      const paused = await typeCode(person.email, right!);
      expect(paused).toHaveStatus(429);
      const retryAfter = Number((await outcomeOf(paused)).headers.get("Retry-After"));
      expect(retryAfter).toBeGreaterThan((LOCK_BASE_MINUTES - 1) * 60);
      expect(retryAfter).toBeLessThanOrEqual(LOCK_BASE_MINUTES * 60);

      await runDueJobs();
      const [notice] = await mailsTo(person.email);
      expect(notice.subject).toMatch(/paused/i);
      expect(notice.text).toContain(`${LOCK_BASE_MINUTES} minutes`);
      expect(notice.text).not.toMatch(/family|plan|child|social worker/i);

      // The second pause within a day is twice as long.
      const key = emailKey(person.email);
      await db.accountThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
      for (let i = 0; i < ACCOUNT_WRONG_CODE_CAP; i++)
        await typeCode(person.email, "999999", `192.0.2.${i + 50}`);
      const again = await db.accountThrottle.findUniqueOrThrow({ where: { key } });
      expect(again.trips).toBe(2);
      expect(again.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + (2 * LOCK_BASE_MINUTES - 1) * 60_000);

      // The owner still gets in with the emailed link: it cannot be guessed, so it is not paused.
      await expect(
        linkAction({
          request: makeRequest(`/sign-in/link/${link}`, { method: "POST", form: {} }),
          params: { token: link },
          context: {},
        }),
      ).toHaveStatus(302);
    },
  );

  it("treats an unknown email exactly like a known one", MANY_REQUESTS, async () => {
    const unknown = uniqueEmail("nobody");
    const results = [];
    for (let i = 0; i < ACCOUNT_WRONG_CODE_CAP + 1; i++)
      results.push((await outcomeOf(typeCode(unknown, "123456", `192.0.2.${100 + i}`))).status);
    expect(results).toEqual([...Array(ACCOUNT_WRONG_CODE_CAP).fill(400), 429]);
  });
});

describe("nobody elsewhere can lock the owner out", () => {
  it("limits asking for codes per (email, address): the owner's own address still works", async () => {
    overrideEnvForTests({ SIGN_IN_LIMIT_PER_EMAIL: 3, SIGN_IN_LIMIT_PER_IP: 100 });
    const person = await createPerson();
    for (let i = 0; i < 3; i++) expect((await askForCode(person.email, "198.51.100.200")).status).toBe(302);
    const blocked = await signInAction({
      request: makeRequest("/sign-in?index", { method: "POST", form: { email: person.email } }),
      params: {},
      context: { clientIp: "198.51.100.200" },
    });
    expect(blocked).toHaveStatus(429);
    expect(Number((await outcomeOf(blocked)).headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await askForCode(person.email, "203.0.113.77")).status).toBe(302);
  });

  it(
    "never cancels a live code when more codes are asked for; the owner's inbox holds every live one",
    MANY_REQUESTS,
    async () => {
      const person = await createPerson();
      await askForCode(person.email, "203.0.113.10");
      await runDueJobs();
      const first = await newestCode(person.email);
      // Someone else asks again and again from other addresses.
      for (let i = 0; i < MAX_LIVE_CODES + 3; i++) await askForCode(person.email, `198.51.100.${150 + i}`);
      await runDueJobs();
      expect(await mailsTo(person.email)).toHaveLength(MAX_LIVE_CODES);
      expect(await db.signInToken.count({ where: { email: person.email, usedAt: null } })).toBe(
        MAX_LIVE_CODES,
      );
      // The owner's first code still works.
      const result = await typeCode(person.email, first!);
      expect(result).toHaveStatus(302);
      // And once they are in, the other codes are retired.
      expect(await db.signInToken.count({ where: { email: person.email, usedAt: null } })).toBe(0);
    },
  );

  it("keeps the live-code cap when two runners send at once", MANY_REQUESTS, async () => {
    const person = await createPerson();
    for (let i = 0; i < MAX_LIVE_CODES + 4; i++) await askForCode(person.email, `198.51.100.${170 + i}`);
    await Promise.all([runDueJobs(), runDueJobs(), runDueJobs()]);
    expect(await db.signInToken.count({ where: { email: person.email, usedAt: null } })).toBeLessThanOrEqual(
      MAX_LIVE_CODES,
    );
    // Every live code was mailed; no mail holds a code that was backed out.
    expect((await mailsTo(person.email)).length).toBe(
      await db.signInToken.count({ where: { email: person.email } }),
    );
  });

  it("keys IPv6 addresses by their /64, so one network cannot pose as many people", async () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:ffff:eeee:dddd:cccc")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1");

    overrideEnvForTests({ SIGN_IN_LIMIT_PER_EMAIL: 100, SIGN_IN_LIMIT_PER_IP: 3 });
    for (let i = 0; i < 3; i++)
      expect((await askForCode(uniqueEmail(), `2001:db8:5:6::${i + 1}`)).status).toBe(302);
    const blocked = await signInAction({
      request: makeRequest("/sign-in?index", { method: "POST", form: { email: uniqueEmail() } }),
      params: {},
      context: { clientIp: "2001:db8:5:6:ffff::99" },
    });
    expect(blocked).toHaveStatus(429);
    expect((await askForCode(uniqueEmail(), "2001:db8:5:7::1")).status).toBe(302);
  });

  it(
    "counts parallel requests atomically: the rate limiter never lets more through than its limit",
    MANY_REQUESTS,
    async () => {
      overrideEnvForTests({ SIGN_IN_LIMIT_PER_EMAIL: 100, SIGN_IN_LIMIT_PER_IP: 5 });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => outcomeOf(askForCode(uniqueEmail(), "198.51.100.250"))),
      );
      expect(results.filter(({ status }) => status === 302)).toHaveLength(5);
    },
  );
});
