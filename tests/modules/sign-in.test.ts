import { afterEach, describe, expect, it, vi } from "vitest";

import { runDueJobs } from "~/modules/jobs/runner.server";
import { action as signInAction } from "~/routes/sign-in._index";
import { action as codeAction } from "~/routes/sign-in.code";
import { action as linkAction, loader as linkLoader } from "~/routes/sign-in.link.$token";
import { db } from "~/utils/db.server";
import { overrideEnvForTests, resetEnvForTests } from "~/utils/env.server";

import { createPerson, makeRequest, uniqueEmail } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

/** Asks for a sign-in email and returns the response plus the link token and code, if mailed. */
async function requestSignIn(email: string, ip = "203.0.113.1") {
  const response = (await signInAction({
    request: makeRequest("/sign-in?index", { method: "POST", form: { email } }),
    params: {},
    context: { clientIp: ip },
  })) as Response;
  // The mail is sent by a job, off the request path.
  await runDueJobs();
  const mail = await db.outboxEmail.findFirst({
    where: { to: email.toLowerCase() },
    orderBy: { createdAt: "desc" },
  });
  const link = mail?.text.match(/\/sign-in\/link\/([A-Za-z0-9_-]{43})/)?.[1];
  const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
  return { response, mail, link, code };
}

function postLink(token: string) {
  return linkAction({
    request: makeRequest(`/sign-in/link/${token}`, { method: "POST", form: {} }),
    params: { token },
    context: {},
  });
}

afterEach(() => {
  vi.useRealTimers();
  resetEnvForTests();
});

describe("sign in without a password", () => {
  it("answers a known and an unknown email the same way", async () => {
    const known = await createPerson();
    const a = await requestSignIn(known.email);
    const b = await requestSignIn(uniqueEmail("nobody"));
    expect(a.response.status).toBe(302);
    expect(b.response.status).toBe(a.response.status);
    expect(b.response.headers.get("Location")).toBe(a.response.headers.get("Location"));
    expect([...b.response.headers.keys()].sort()).toEqual([...a.response.headers.keys()].sort());
    // Only the known person actually gets mail.
    expect(a.mail).toBeTruthy();
    expect(b.mail).toBeNull();
  });

  it("mails a link and a 6-digit code, stored only as hashes, saying nothing about the case", async () => {
    const person = await createPerson();
    const { mail, link, code } = await requestSignIn(person.email);
    expect(link).toBeDefined();
    expect(code).toMatch(/^\d{6}$/);
    const stored = await db.signInToken.findFirstOrThrow({ where: { email: person.email } });
    expect(stored.linkHash).not.toContain(link!);
    expect(stored.codeHash).not.toContain(code!);
    expect(mail!.text).not.toMatch(/family|plan|child/i);
  });

  it("does not use the link on GET, signs in once on POST, and refuses it after that", async () => {
    const person = await createPerson();
    const { link } = await requestSignIn(person.email);
    const looked = await linkLoader({
      request: makeRequest(`/sign-in/link/${link}`),
      params: { token: link },
      context: {},
    });
    expect(looked).toEqual({ state: "valid" });
    const again = await linkLoader({
      request: makeRequest(`/sign-in/link/${link}`),
      params: { token: link },
      context: {},
    });
    expect(again).toEqual({ state: "valid" });

    const first = (await postLink(link!)) as Response;
    expect(first.status).toBe(302);
    expect(first.headers.get("Set-Cookie")).toMatch(/sc_session=.+HttpOnly/i);
    expect(first.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/i);

    const second = await postLink(link!);
    expect(second).toHaveStatus(410);
    expect((second as { data: unknown }).data).toEqual({ state: "used" });
  });

  it("refuses the link after 10 minutes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-22T10:00:00Z"));
    const person = await createPerson();
    const { link } = await requestSignIn(person.email);

    vi.setSystemTime(new Date("2026-11-22T10:09:59Z"));
    expect(await linkLoader({ request: makeRequest("/"), params: { token: link }, context: {} })).toEqual({
      state: "valid",
    });

    vi.setSystemTime(new Date("2026-11-22T10:10:01Z"));
    expect(await linkLoader({ request: makeRequest("/"), params: { token: link }, context: {} })).toEqual({
      state: "expired",
    });
    const late = await postLink(link!);
    expect(late).toHaveStatus(410);
    expect((late as { data: unknown }).data).toEqual({ state: "expired" });
  });

  it("signs in with the code once, and burns the code after 5 wrong tries", async () => {
    const person = await createPerson();
    const { code } = await requestSignIn(person.email);
    const post = (value: string) =>
      codeAction({
        request: makeRequest("/sign-in/code", { method: "POST", form: { email: person.email, code: value } }),
        params: {},
        context: {},
      });

    await expect(post(code!)).toHaveStatus(302);
    await expect(post(code!)).toHaveStatus(400);

    const next = await requestSignIn(person.email);
    const wrong = next.code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await expect(post(wrong)).toHaveStatus(400);
    await expect(post(next.code!)).toHaveStatus(400);
  });

  it("keeps what was typed and explains a bad email", async () => {
    const result = await signInAction({
      request: makeRequest("/sign-in?index", { method: "POST", form: { email: "not-an-email" } }),
      params: {},
      context: {},
    });
    expect(result).toRefuseWith({ email: "signIn.email.invalid" });
    expect(typedValuesOf((await outcomeOf(result)).data)).toMatchObject({ email: "not-an-email" });
  });

  it("keeps what was typed in the code form and explains each error", async () => {
    const result = await codeAction({
      request: makeRequest("/sign-in/code", {
        method: "POST",
        form: { email: "not-an-email", code: "12a", remember: "yes" },
      }),
      params: {},
      context: {},
    });
    expect(result).toRefuseWith({ email: "signIn.email.invalid", code: "signIn.code.format" });
    expect(typedValuesOf((await outcomeOf(result)).data)).toMatchObject({
      email: "not-an-email",
      code: "12a",
      remember: "yes",
    });
  });

  it("does not send back a wrong code, but keeps the email and the ticked box", async () => {
    const person = await createPerson();
    const result = await codeAction({
      request: makeRequest("/sign-in/code", {
        method: "POST",
        form: { email: person.email, code: "000000", remember: "yes" },
      }),
      params: {},
      context: { clientIp: "203.0.113.77" },
    });
    expect(result).toRefuseWith({ code: "signIn.code.wrong" });
    const typed = typedValuesOf((await outcomeOf(result)).data);
    expect(typed).toMatchObject({ email: person.email, remember: "yes" });
    expect(typed.code).toBeUndefined();
  });

  it("answers 429 after the set number of tries for one email from one address", async () => {
    overrideEnvForTests({ SIGN_IN_LIMIT_PER_EMAIL: 3, SIGN_IN_LIMIT_PER_IP: 100 });
    const email = uniqueEmail("limited");
    for (let i = 0; i < 3; i++) expect((await requestSignIn(email)).response.status).toBe(302);
    const blocked = await signInAction({
      request: makeRequest("/sign-in?index", { method: "POST", form: { email } }),
      params: {},
      context: { clientIp: "203.0.113.1" },
    });
    expect(blocked).toRefuseWith({ email: "signIn.tooManyTries" }, 429);
    expect((await outcomeOf(blocked)).data).toMatchObject({ retryAfterMinutes: expect.any(Number) });
  });

  it("answers 429 after the set number of tries from one address, across emails", async () => {
    overrideEnvForTests({ SIGN_IN_LIMIT_PER_EMAIL: 100, SIGN_IN_LIMIT_PER_IP: 4 });
    for (let i = 0; i < 4; i++)
      expect((await requestSignIn(uniqueEmail(), "198.51.100.7")).response.status).toBe(302);
    const blocked = await signInAction({
      request: makeRequest("/sign-in?index", { method: "POST", form: { email: uniqueEmail() } }),
      params: {},
      context: { clientIp: "198.51.100.7" },
    });
    expect(blocked).toHaveStatus(429);
    // Another address is not affected.
    expect((await requestSignIn(uniqueEmail(), "198.51.100.8")).response.status).toBe(302);
  });
});

describe("demo mode", () => {
  it("offers 'sign in as' only when demo mode is on", async () => {
    const { loader } = await import("~/routes/sign-in._index");
    const { action: demoAction, loader: demoLoader } = await import("~/routes/sign-in.demo");
    const person = await createPerson({ email: "jade.walsh@demo.safetycircle.example", name: "Jade Walsh" });

    overrideEnvForTests({ DEMO_MODE: false });
    // (This file's database has no organisation, so the page may also say set-up is needed.)
    expect(await loader({ request: makeRequest("/sign-in"), params: {}, context: {} })).toMatchObject({
      demoPeople: [],
    });
    await expect(
      demoAction({
        request: makeRequest("/sign-in/demo", { method: "POST", form: { personId: person.id } }),
        params: {},
        context: {},
      }),
    ).toBeNotFound();
    await expect(demoLoader as () => Promise<unknown>).toBeNotFound();

    overrideEnvForTests({ DEMO_MODE: true });
    const offered = await loader({ request: makeRequest("/sign-in"), params: {}, context: {} });
    expect(offered).toMatchObject({ demoPeople: [{ id: person.id, name: "Jade Walsh", key: "mother" }] });
    await expect(
      demoAction({
        request: makeRequest("/sign-in/demo", { method: "POST", form: { personId: person.id } }),
        params: {},
        context: {},
      }),
    ).toHaveStatus(302);

    // Someone who is not a demo person cannot be signed in this way, even in demo mode.
    const real = await createPerson();
    await expect(
      demoAction({
        request: makeRequest("/sign-in/demo", { method: "POST", form: { personId: real.id } }),
        params: {},
        context: {},
      }),
    ).toBeNotFound();
  });

  it("brings back the person's saved language when they sign in", async () => {
    const person = await createPerson({ language: "cy" });
    const { link } = await requestSignIn(person.email);
    const response = (await postLink(link!)) as Response;
    expect(response.headers.get("Set-Cookie")).toMatch(/lng=.*"cy"|lng=ImN5Ig/);
  });

  it("limits code tries from one address across emails", async () => {
    overrideEnvForTests({ SIGN_IN_LIMIT_PER_IP: 2 });
    const post = () =>
      codeAction({
        request: makeRequest("/sign-in/code", {
          method: "POST",
          form: { email: uniqueEmail(), code: "123456" },
        }),
        params: {},
        context: { clientIp: "192.0.2.44" },
      });
    await expect(post()).toHaveStatus(400);
    await expect(post()).toHaveStatus(400);
    await expect(post()).toHaveStatus(429);
  });
});
