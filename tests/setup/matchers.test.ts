import { data, json, redirect } from "@remix-run/node";
import { describe, expect, it } from "vitest";

import { expectConsoleError } from "./console-errors";
import { outcomeOf } from "./matchers";

const throws = (value: unknown) => async () => {
  throw value;
};

describe("toHaveStatus", () => {
  it("reads a Response, a data() result and a plain value (200), returned or thrown", async () => {
    expect(new Response(null, { status: 403 })).toHaveStatus(403);
    expect(json({}, { status: 400 })).toHaveStatus(400);
    expect(data({ errors: {} }, { status: 422 })).toHaveStatus(422);
    expect(data({ ok: true })).toHaveStatus(200);
    expect({ ok: true }).toHaveStatus(200);
    await expect(Promise.resolve(new Response(null, { status: 410 }))).toHaveStatus(410);
    await expect(throws(new Response(null, { status: 404 }))).toHaveStatus(404);
    await expect(Promise.reject(data(null, { status: 429 }))).toHaveStatus(429);
    expect(new Response(null, { status: 403 })).not.toHaveStatus(404);
  });

  it("fails with the status it got, and when the call throws a real error", async () => {
    expect(() => expect(new Response(null, { status: 500 })).toHaveStatus(200)).toThrow(
      "expected status 200, got status 500",
    );
    expect(() => expect(data(null, { status: 403 })).not.toHaveStatus(403)).toThrow(
      "expected not status 403, got status 403",
    );
    await expect(expect(throws(new Error("boom"))).toHaveStatus(500)).rejects.toThrow("it threw Error: boom");
  });
});

describe("toRedirectTo", () => {
  it("passes for a redirect to exactly that path, returned or thrown", async () => {
    expect(redirect("/families")).toRedirectTo("/families");
    await expect(throws(redirect("/sign-in?redirectTo=%2Ffamilies", 303))).toRedirectTo(
      "/sign-in?redirectTo=%2Ffamilies",
    );
    expect(redirect("/families")).not.toRedirectTo("/families/1");
  });

  it("fails for another path, and for a Location without a 3xx status", async () => {
    expect(() => expect(redirect("/a")).toRedirectTo("/b")).toThrow(
      "expected a redirect to /b, got status 302 (Location /a)",
    );
    expect(() =>
      expect(new Response(null, { status: 201, headers: { Location: "/a" } })).toRedirectTo("/a"),
    ).toThrow("got status 201");
    await expect(expect(Promise.resolve({ ok: true })).toRedirectTo("/a")).rejects.toThrow("got status 200");
  });
});

describe("toBeNotFound", () => {
  it("passes for a 404, returned or thrown, and fails for anything else", async () => {
    expect(new Response("Not found", { status: 404 })).toBeNotFound();
    await expect(throws(data(null, { status: 404 }))).toBeNotFound();
    expect(new Response(null, { status: 403 })).not.toBeNotFound();
    await expect(expect(throws(new Response(null, { status: 403 }))).toBeNotFound()).rejects.toThrow(
      "expected 404 Not Found, got status 403",
    );
    expect(() => expect(new Response(null, { status: 404 })).not.toBeNotFound()).toThrow(
      "expected anything but 404 Not Found",
    );
  });
});

describe("outcomeOf", () => {
  it("gives the status, headers, Location and data of what a loader or action answered", async () => {
    const answered = await outcomeOf(async () =>
      data({ errors: { email: "x" } }, { status: 429, headers: { "Retry-After": "30" } }),
    );
    expect(answered).toMatchObject({
      status: 429,
      location: null,
      data: { errors: { email: "x" } },
      response: null,
    });
    expect(answered.headers.get("Retry-After")).toBe("30");
    const thrown = await outcomeOf(throws(redirect("/families")));
    expect(thrown).toMatchObject({ status: 302, location: "/families", data: undefined });
    expect(thrown.response).toBeInstanceOf(Response);
    expect(await outcomeOf(Promise.resolve({ ok: true }))).toMatchObject({ status: 200, data: { ok: true } });
  });

  it("throws a real error again instead of calling it an answer", async () => {
    await expect(outcomeOf(throws(new TypeError("bug")))).rejects.toThrow("bug");
  });
});

describe("console.error in a test", () => {
  it("is allowed, kept off the output and given back once the test expects it", () => {
    const errors = expectConsoleError();
    console.error("an expected failure", 1);
    expect(errors).toEqual([["an expected failure", 1]]);
  });
});
