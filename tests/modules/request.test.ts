import { afterEach, describe, expect, it } from "vitest";

import { loader as familyHome } from "~/routes/families.$familyId._index";
import { loader as health } from "~/routes/healthz";
import { action as signInAction } from "~/routes/sign-in._index";
import { db } from "~/utils/db.server";
import { overrideEnvForTests, parseEnv, resetEnvForTests } from "~/utils/env.server";
import { readForm } from "~/utils/request.server";

import { cookieFor, createFamily, makeRequest } from "../factories";

afterEach(() => resetEnvForTests());

describe("requests", () => {
  it("refuses oversized bodies with 413, with or without a Content-Length", async () => {
    overrideEnvForTests({ MAX_FORM_BYTES: 1024 });
    const big = { email: `${"a".repeat(2000)}@test.example` };
    await expect(
      signInAction({
        request: makeRequest("/sign-in", { method: "POST", form: big }),
        params: {},
        context: {},
      }),
    ).toHaveStatus(413);

    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode("x".repeat(400)));
        controller.close();
      },
    });
    const chunked = new Request("http://localhost/sign-in", {
      method: "POST",
      body,
      duplex: "half",
    } as RequestInit);
    await expect(readForm(chunked)).toHaveStatus(413);
  });

  it("reports health from the database", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });

  it("records every view of a family's data without its content", async () => {
    const family = await createFamily();
    const parent = family.people[0];
    await familyHome({
      request: makeRequest(`/families/${family.id}`, {
        cookie: await cookieFor(parent.id),
        headers: { "x-request-id": "req-test-12345" },
      }),
      params: { familyId: family.id },
      context: {},
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { familyId: family.id, action: "family.view" },
    });
    expect(event).toMatchObject({
      actorId: parent.id,
      role: "PARENT",
      outcome: "ok",
      requestId: "req-test-12345",
    });
    expect(JSON.stringify(event)).not.toContain(family.name);
  });

  it("sends a signed-out person to sign in, and comes back afterwards", async () => {
    const family = await createFamily();
    await expect(
      familyHome({
        request: makeRequest(`/families/${family.id}`),
        params: { familyId: family.id },
        context: {},
      }),
    ).toRedirectTo(`/sign-in?redirectTo=%2Ffamilies%2F${family.id}`);
  });
});

describe("environment", () => {
  it("uses sensible defaults outside production", () => {
    const env = parseEnv({});
    expect(env.SESSION_IDLE_MINUTES).toBe(60);
    expect(env.SESSION_MAX_HOURS).toBe(12);
    expect(env.DEMO_MODE).toBe(false);
  });

  it("refuses to start production with a dev secret, demo mode or no mail server", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrow(/SESSION_SECRET/);
    expect(() =>
      parseEnv({
        APP_ENV: "production",
        SESSION_SECRET: "s".repeat(40),
        SMTP_URL: "smtp://x",
        DEMO_MODE: "true",
      }),
    ).toThrow(/DEMO_MODE/);
    expect(() => parseEnv({ APP_ENV: "production", SESSION_SECRET: "s".repeat(40) })).toThrow(/SMTP_URL/);
    expect(
      parseEnv({ APP_ENV: "production", SESSION_SECRET: "s".repeat(40), SMTP_URL: "smtp://x" }).APP_ENV,
    ).toBe("production");
  });

  it("names a bad setting without echoing its value", () => {
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "soon-ish-secret" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "soon-ish-secret" })).not.toThrow(/soon-ish-secret/);
  });
});
