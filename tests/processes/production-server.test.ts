// The production server (`node server.js` from the build), as a council runs it: the headers on
// every kind of response, and what it writes to its log for requests that are a client's
// mistake. Needs `npm run build`; runs on SQLite or PostgreSQL (npm run test:processes).
import { existsSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { resetFeed } from "~/modules/meetings/calendar.server";

import { cookieFor, createFamily } from "../factories";
import { startProductionServer, stopProductionServers, type ProductionServer } from "./production-server";

type Server = ProductionServer;
const servers: Server[] = [];

async function startServer(env: Record<string, string>): Promise<Server> {
  const server = await startProductionServer(env);
  servers.push(server);
  return server;
}

let production: Server;
let testSite: Server;

beforeAll(async () => {
  if (!existsSync("build/index.js")) throw new Error("Build the app first (npm run build).");
  [production, testSite] = await Promise.all([
    startServer({
      APP_ENV: "production",
      SESSION_SECRET: "production-test-secret-that-is-long-enough-0123456789",
      // Never reached: no mail is queued in this test's database.
      SMTP_URL: "smtp://127.0.0.1:9",
      SHOW_OUTBOX: "false",
      DEMO_MODE: "false",
    }),
    startServer({ APP_ENV: "test" }),
  ]);
}, 120_000);

afterAll(() => stopProductionServers(servers));

const get = (server: Server, path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers });

/** One of each kind of response: page, redirect, resource routes, a built file, 404s. */
async function everyKindOfResponse(server: Server) {
  const family = await createFamily({ members: [{ role: "PARENT" }] });
  const feed = new URL(await resetFeed(family.people[0].id)).pathname;
  const page = await get(server, "/sign-in");
  const stylesheet = (await page.clone().text()).match(/href="(\/build\/[^"]+\.css)"/)?.[1];
  expect(stylesheet).toBeTruthy();
  return {
    page,
    redirect: await get(server, "/settings/language"),
    health: await get(server, "/healthz"),
    feed: await get(server, feed),
    unknownFeed: await get(server, "/calendar-feed/not-a-token"),
    staticFile: await get(server, stylesheet!, { "Accept-Encoding": "br" }),
    notFound: await get(server, "/no-such-page"),
    missingFile: await get(server, "/build/no-such-file.js"),
    data: await get(server, "/sign-in.data"),
    badRequest: await get(server, "/?_data=root"),
  };
}

describe("HSTS", () => {
  it("is on every response in production: pages, redirects, resource routes, built files, 404s and refusals", async () => {
    const responses = await everyKindOfResponse(production);
    expect(
      Object.fromEntries(Object.entries(responses).map(([kind, response]) => [kind, response.status])),
    ).toEqual({
      page: 200,
      redirect: 302,
      health: 200,
      feed: 200,
      unknownFeed: 404,
      staticFile: 200,
      notFound: 404,
      missingFile: 404,
      data: 200,
      badRequest: 400,
    });
    for (const [kind, response] of Object.entries(responses)) {
      const value = response.headers.get("strict-transport-security");
      expect(value, kind).toMatch(/^max-age=(\d+); includeSubDomains$/);
      // At least a year, and one header, not two joined together.
      expect(Number(value!.match(/max-age=(\d+)/)![1]), kind).toBeGreaterThanOrEqual(31_536_000);
      expect(value!.split("max-age").length, kind).toBe(2);
    }
  });

  it("is never sent by a site that is not production (plain http://localhost)", async () => {
    const responses = await everyKindOfResponse(testSite);
    for (const [kind, response] of Object.entries(responses))
      expect(response.headers.get("strict-transport-security"), kind).toBeNull();
  });
});

describe("the log", () => {
  it("writes no error line for old `?_data=` requests or `.data` requests, signed in or not: one info line each for the refusals, with no stack and no request text", async () => {
    const family = await createFamily({ childName: "Wilhelmina", members: [{ role: "PARENT" }] });
    const cookie = await cookieFor(family.people[0].id);
    const before = production.lines.length;
    const familyPath = `/families/${family.id}`;
    const legacy = [
      "/?_data=root",
      "/?_data=routes%2Fnothing",
      `${familyPath}?_data=routes%2Ffamilies.%24familyId&child=Wilhelmina`,
      "/sign-in?_data=routes%2Fsign-in._index",
    ];
    const statuses: number[] = [];
    for (const headers of [{}, { Cookie: cookie }] as Record<string, string>[]) {
      for (const path of legacy) statuses.push((await get(production, path, headers)).status);
    }
    expect(statuses).toEqual(Array(legacy.length * 2).fill(400));
    // Single fetch, as the app's own pages use it, and its mistakes: unknown paths and routes.
    for (const headers of [{}, { Cookie: cookie }] as Record<string, string>[]) {
      for (const path of [
        `${familyPath}.data`,
        "/no-such-page.data",
        "/_root.data",
        `${familyPath}.data?_routes=routes%2Fnothing`,
        "/sign-in.data",
      ]) {
        expect((await get(production, path, headers)).status).toBeLessThan(500);
      }
    }
    const posted = await fetch(`${production.url}/healthz.data`, {
      method: "POST",
      headers: { "Sec-Fetch-Site": "same-origin", Cookie: cookie },
    });
    expect(posted.status).toBe(405);

    // Lines may arrive a moment after the responses.
    const refusals = () => production.lines.slice(before).filter((line) => line.includes("request.refused"));
    for (let waited = 0; refusals().length < legacy.length * 2 && waited < 5_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const written = production.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(written.filter((entry) => entry.level !== "info")).toEqual([]);
    expect(written).toHaveLength(legacy.length * 2);
    for (const entry of written) {
      expect(Object.keys(entry).sort()).toEqual(["event", "level", "reason", "reference", "status", "time"]);
      expect(entry).toMatchObject({
        level: "info",
        event: "request.refused",
        reason: "legacy-data-request",
        status: 400,
      });
    }
    const text = production.lines.slice(before).join("\n");
    for (const secret of ["Wilhelmina", family.id, "_data", "stack", "families"])
      expect(text).not.toContain(secret);
  });
});
