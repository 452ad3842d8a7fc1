// An unset APP_ENV must not open the outbox, demo mode or the dev secret.
import { afterEach, describe, expect, it } from "vitest";

import { loader as outboxLoader } from "~/routes/outbox";
import { action as demoAction } from "~/routes/sign-in.demo";
import { overrideEnvForTests, parseEnv, resetEnvForTests } from "~/utils/env.server";

import { createPerson, makeRequest } from "../factories";

afterEach(() => resetEnvForTests());

const realSecret = "r".repeat(40);

describe("settings fail closed", () => {
  it("is production when NODE_ENV=production and APP_ENV is unset, and refuses to start without a real secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", SMTP_URL: "smtp://mail" })).toThrow(/SESSION_SECRET/);
    const env = parseEnv({ NODE_ENV: "production", SESSION_SECRET: realSecret, SMTP_URL: "smtp://mail" });
    expect(env.APP_ENV).toBe("production");
  });

  it("refuses the public development secret in production, even when set on purpose", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        SESSION_SECRET: "dev-only-secret-change-me-0123456789abcdef",
        SMTP_URL: "smtp://mail",
      }),
    ).toThrow(/SESSION_SECRET/);
  });

  it("never runs demo mode or the outbox in production", () => {
    const base = { NODE_ENV: "production", SESSION_SECRET: realSecret, SMTP_URL: "smtp://mail" };
    expect(() => parseEnv({ ...base, DEMO_MODE: "true" })).toThrow(/DEMO_MODE/);
    expect(() => parseEnv({ ...base, SHOW_OUTBOX: "true" })).toThrow(/SHOW_OUTBOX/);
    expect(() => parseEnv({ ...base, APP_ENV: "production", SHOW_OUTBOX: "true" })).toThrow(/SHOW_OUTBOX/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: realSecret })).toThrow(/SMTP_URL/);
  });

  it("keeps the browser tests' setup working: a production build told it is a test", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      APP_ENV: "test",
      SESSION_SECRET: realSecret,
      SHOW_OUTBOX: "true",
    });
    expect(env).toMatchObject({ APP_ENV: "test", SHOW_OUTBOX: true, DEMO_MODE: false });
  });

  it("is development by default outside a production build, with the outbox and demo off until asked for", () => {
    expect(parseEnv({})).toMatchObject({ APP_ENV: "development", SHOW_OUTBOX: false, DEMO_MODE: false });
  });
});

describe("the outbox and demo sign-in need explicit settings", () => {
  it("hides the outbox unless SHOW_OUTBOX is set, and always in production", async () => {
    overrideEnvForTests({ APP_ENV: "development", SHOW_OUTBOX: false });
    await expect(outboxLoader()).toBeNotFound();
    overrideEnvForTests({ APP_ENV: "test", SHOW_OUTBOX: true });
    await expect(outboxLoader()).toHaveStatus(200);
    overrideEnvForTests({ APP_ENV: "production", SHOW_OUTBOX: true });
    await expect(outboxLoader()).toBeNotFound();
  });

  it("refuses demo sign-in in production even if the flag got through", async () => {
    const person = await createPerson({ email: "jade.walsh@demo.safetycircle.example", name: "Jade Walsh" });
    overrideEnvForTests({ APP_ENV: "production", DEMO_MODE: true });
    const post = () =>
      demoAction({
        request: makeRequest("/sign-in/demo", { method: "POST", form: { personId: person.id } }),
        params: {},
        context: {},
      });
    await expect(post).toBeNotFound();
  });
});
