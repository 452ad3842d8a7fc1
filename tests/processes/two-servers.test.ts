// Two production servers (`node server.js` from the build) on one PostgreSQL database, as a
// council runs them behind a load balancer. Concurrent requests are split between the two, and
// every limit and single-use rule must hold across them. Needs `npm run build` and
// TEST_DATABASE_URL (see vitest.processes.config.ts).
import { existsSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ACCOUNT_WRONG_CODE_CAP, MAX_CODE_ATTEMPTS, MAX_LIVE_CODES } from "~/modules/auth/sign-in.server";
import { hashToken, newToken } from "~/modules/auth/tokens.server";
import { emptyPlan } from "~/modules/plan/plan.schema.server";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createPerson, uniqueEmail } from "../factories";
import { startProductionServer, stopProductionServers, type ProductionServer } from "./production-server";

const EMAIL_LIMIT = 5;
const IP_LIMIT = 12;

const servers: ProductionServer[] = [];

async function startServer() {
  servers.push(
    await startProductionServer({
      APP_ENV: "test",
      TRUST_PROXY: "true",
      SIGN_IN_LIMIT_PER_EMAIL: String(EMAIL_LIMIT),
      SIGN_IN_LIMIT_PER_IP: String(IP_LIMIT),
    }),
  );
}

beforeAll(async () => {
  if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
    throw new Error(
      "The two-process test runs on PostgreSQL: set TEST_DATABASE_URL (npm run test:processes).",
    );
  }
  if (!existsSync("build/index.js")) throw new Error("Build the app first (npm run build).");
  await Promise.all([startServer(), startServer()]);
}, 120_000);

afterAll(async () => {
  // The servers log only errors (never request lines), so any output here explains a failure.
  for (const server of servers) if (server.lines.length > 0) console.error(server.lines.join("\n"));
  await stopProductionServers(servers);
});

let nextIp = 1;
/** A caller address of its own (the servers trust X-Forwarded-For), so limits do not mix between tests. */
function newIp() {
  nextIp += 1;
  return `198.51.${Math.floor(nextIp / 250)}.${nextIp % 250}`;
}

/** POSTs a form to server i % 2, so concurrent requests are split between the two processes. */
function post(
  i: number,
  path: string,
  fields: Record<string, string> | URLSearchParams,
  { ip = newIp(), cookie }: { ip?: string; cookie?: string } = {},
) {
  const body = fields instanceof URLSearchParams ? fields : new URLSearchParams(fields);
  return fetch(`${servers[i % 2].url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": ip,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
  });
}

function times<T>(count: number, make: (i: number) => Promise<T>) {
  return Promise.all(Array.from({ length: count }, (_, i) => make(i)));
}

function statuses(responses: Response[]) {
  return responses.map((response) => response.status).sort();
}

function signedIn(response: Response) {
  return response.status === 302 && (response.headers.get("set-cookie") ?? "").includes("sc_session=");
}

/**
 * The one place that knows how a sign-in code reaches a person: the outbox. The mail may be
 * written shortly after the request (by a job off the request path), so this waits for the
 * `count`-th mail to this address and returns the newest one's code and link.
 */
async function waitForSignInMail(email: string, { count = 1, timeoutMs = 20_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const mails = await db.outboxEmail.findMany({
      where: { to: email },
      orderBy: { createdAt: "desc" },
      select: { text: true },
    });
    if (mails.length >= count) {
      const text = mails[0].text;
      const code = text.match(/\b(\d{6})\b/)?.[1];
      const link = text.match(/\/sign-in\/link\/([A-Za-z0-9_-]{43})/)?.[1];
      if (!code || !link) throw new Error("The sign-in mail has no code or link");
      return { code, link, mails: mails.length };
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(`No sign-in mail number ${count} for this address within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the background job runners of both processes have nothing left to send. */
async function jobsDone(timeoutMs = 20_000) {
  const started = Date.now();
  while ((await db.job.count()) > 0) {
    if (Date.now() - started > timeoutMs) throw new Error(`Jobs still waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function mailCount(email: string) {
  return db.outboxEmail.count({ where: { to: email } });
}

/** The draft editor's form with one worry and one goal, as the browser posts it. */
function draftForm(revision: number, intent: string, worryWords: string) {
  return new URLSearchParams([
    ["revision", String(revision)],
    ["intent", intent],
    ["level", emptyPlan().level],
    ["category", "NEGLECT"],
    ["worries[0].id", "aaaaaaaaaaaa"],
    ["worries[0].professional", "Risk of neglect."],
    ["worries[0].plain", worryWords],
    ["goals[0].id", "bbbbbbbbbbbb"],
    ["goals[0].text", "The baby is fed on time."],
    ["goals[0].worryId", "aaaaaaaaaaaa"],
  ]);
}
describe("two app processes on one PostgreSQL database", () => {
  it("the sign-in limit per email and address holds across both processes", async () => {
    const person = await createPerson();
    const ip = newIp();
    const responses = await times(EMAIL_LIMIT * 3, (i) =>
      post(i, "/sign-in?index", { email: person.email }, { ip }),
    );
    expect(statuses(responses)).toEqual([
      ...Array(EMAIL_LIMIT).fill(302),
      ...Array(EMAIL_LIMIT * 2).fill(429),
    ]);
    expect(
      responses
        .filter((response) => response.status === 429)
        .every((response) => Number(response.headers.get("Retry-After")) > 0),
    ).toBe(true);
    await waitForSignInMail(person.email, { count: EMAIL_LIMIT });
    await jobsDone();
    expect(await mailCount(person.email)).toBe(EMAIL_LIMIT);
  });

  it("asked from many addresses at once, no more codes are live than the cap, and the answer never changes", async () => {
    const person = await createPerson();
    const responses = await times(MAX_LIVE_CODES * 3, (i) =>
      post(i, "/sign-in?index", { email: person.email }),
    );
    expect(statuses(responses)).toEqual(Array(MAX_LIVE_CODES * 3).fill(302));
    await jobsDone();
    expect(await mailCount(person.email)).toBe(MAX_LIVE_CODES);
    expect(await db.signInToken.count({ where: { email: person.email } })).toBe(MAX_LIVE_CODES);
  });

  it("the sign-in limit per address holds across both processes", async () => {
    const ip = newIp();
    const responses = await times(IP_LIMIT * 2, (i) =>
      post(i, "/sign-in?index", { email: uniqueEmail("nobody") }, { ip }),
    );
    expect(statuses(responses)).toEqual([...Array(IP_LIMIT).fill(302), ...Array(IP_LIMIT).fill(429)]);
  });

  it("a code signs in once, however many copies race", async () => {
    const person = await createPerson();
    await post(0, "/sign-in?index", { email: person.email });
    const { code } = await waitForSignInMail(person.email);
    const responses = await times(8, (i) => post(i, "/sign-in/code", { email: person.email, code }));
    expect(responses.filter(signedIn)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 400)).toHaveLength(7);
  });

  it("a link signs in once, however many copies race", async () => {
    const person = await createPerson();
    await post(1, "/sign-in?index", { email: person.email });
    const { link } = await waitForSignInMail(person.email);
    const responses = await times(8, (i) => post(i, `/sign-in/link/${link}`, {}));
    expect(responses.filter(signedIn)).toHaveLength(1);
    expect(responses.filter((response) => !signedIn(response) && response.status < 500)).toHaveLength(7);
  });

  it("wrong codes sent at once never pass the account's cap nor the code's own", async () => {
    const person = await createPerson();
    await post(0, "/sign-in?index", { email: person.email });
    const { code } = await waitForSignInMail(person.email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const responses = await times(ACCOUNT_WRONG_CODE_CAP * 2, (i) =>
      post(i, "/sign-in/code", { email: person.email, code: wrong }),
    );
    // However the tries interleaved, the account's cap of wrong codes was taken exactly, then
    // codes were paused for this email (429 with Retry-After) ...
    expect(statuses(responses)).toEqual([
      ...Array(ACCOUNT_WRONG_CODE_CAP).fill(400),
      ...Array(ACCOUNT_WRONG_CODE_CAP).fill(429),
    ]);
    expect(
      responses
        .filter((response) => response.status === 429)
        .every((response) => Number(response.headers.get("Retry-After")) > 0),
    ).toBe(true);
    // ... and the code itself was checked no more than its own cap.
    const token = await db.signInToken.findFirstOrThrow({
      where: { email: person.email },
      select: { attempts: true },
    });
    expect(token.attempts).toBe(MAX_CODE_ATTEMPTS);
    const right = await post(1, "/sign-in/code", { email: person.email, code });
    expect(signedIn(right)).toBe(false);
  });

  it("an invitation is accepted once, and two invitations for one new person make one person", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }] });
    const other = await createFamily({ members: [{ role: "PRACTITIONER" }] });
    const email = uniqueEmail("invited");
    const invite = async (familyId: string, invitedById: string) => {
      const token = newToken();
      await db.invitation.create({
        data: {
          familyId,
          email,
          name: "Ivy Invited",
          role: "NETWORK_MEMBER",
          tokenHash: hashToken(token),
          invitedById,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return token;
    };
    const first = await invite(family.id, family.people[0].id);
    const second = await invite(other.id, other.people[0].id);
    const responses = await times(10, (i) => post(i, `/invitations/${i < 5 ? first : second}`, {}));
    expect(statuses(responses).filter((status) => status >= 500)).toEqual([]);
    expect(responses.slice(0, 5).filter(signedIn)).toHaveLength(1);
    expect(responses.slice(5).filter(signedIn)).toHaveLength(1);
    expect(await db.person.count({ where: { email } })).toBe(1);
    expect(await db.membership.count({ where: { person: { email } } })).toBe(2);
    expect(
      await db.auditEvent.count({
        where: {
          action: { in: ["membership.join", "membership.request"] },
          familyId: { in: [family.id, other.id] },
        },
      }),
    ).toBe(2);
  });

  it("concurrent saves of one draft revision: one wins, the rest are told, nothing is lost unseen", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PRACTITIONER" }] });
    const cookies = await Promise.all(family.people.map((person) => cookieFor(person.id)));
    const path = `/families/${family.id}/plan/draft`;
    const form = (revision: number, words: string, intent = "save") => draftForm(revision, intent, words);
    // The first draft (revision 0 means "no draft yet") is created once.
    const created = await times(6, (i) =>
      post(i, path, form(0, `First words ${i}.`), { cookie: cookies[i % 2] }),
    );
    expect(statuses(created)).toEqual([302, 409, 409, 409, 409, 409]);
    // Then every save carries revision 1; only one may replace it.
    const saved = await times(8, (i) =>
      post(i, path, form(1, `Second words ${i}.`), { cookie: cookies[i % 2] }),
    );
    expect(statuses(saved)).toEqual([302, ...Array(7).fill(409)]);
    const draft = await db.planDraft.findUniqueOrThrow({
      where: { familyId: family.id },
      select: { revision: true, content: true },
    });
    expect(draft.revision).toBe(2);
    const winner = saved.findIndex((response) => response.status === 302);
    expect(JSON.stringify(draft.content)).toContain(`Second words ${winner}.`);
  });

  it("concurrent publishes of one revision make exactly one new version", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }, { role: "PRACTITIONER" }] });
    const cookies = await Promise.all(family.people.map((person) => cookieFor(person.id)));
    const path = `/families/${family.id}/plan/draft`;
    const form = (revision: number, intent: string) =>
      draftForm(revision, intent, "The baby may not get fed.");
    expect((await post(0, path, form(0, "save"), { cookie: cookies[0] })).status).toBe(302);
    const published = await times(6, (i) => post(i, path, form(1, "publish"), { cookie: cookies[i % 2] }));
    expect(statuses(published).filter((status) => status >= 500)).toEqual([]);
    const winners = published.filter((response) => response.status === 302);
    expect(winners).toHaveLength(1);
    expect(winners[0].headers.get("location")).toContain("published=1");
    expect(await db.planVersion.count({ where: { familyId: family.id } })).toBe(1);
  });
});
