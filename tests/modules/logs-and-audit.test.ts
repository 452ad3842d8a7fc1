// Audit rows for failed codes and 429s carry a keyed hash of
// the email, never the email; 4xx answers are not logged as errors; log lines are JSON.
import { data } from "@remix-run/node";
import { afterEach, describe, expect, it } from "vitest";

import { handleError } from "~/entry.server";
import { emailKey } from "~/modules/auth/tokens.server";
import { action as signInAction } from "~/routes/sign-in._index";
import { action as codeAction } from "~/routes/sign-in.code";
import { db } from "~/utils/db.server";
import { overrideEnvForTests, resetEnvForTests } from "~/utils/env.server";
import { logLine } from "~/utils/log.server";

import { isLegacyDataRequest, refuseLegacyDataRequests } from "../../server/legacy-data.js";
import { makeRequest, uniqueEmail } from "../factories";
import { expectConsoleError } from "../setup/console-errors";

afterEach(() => resetEnvForTests());

function errorContext(request = makeRequest("/families/x")) {
  return { request, params: {}, context: {} } as Parameters<typeof handleError>[1];
}

describe("audit rows for an account under attack", () => {
  it("records failed codes and 429s with a keyed hash of the email, never the email", async () => {
    overrideEnvForTests({ SIGN_IN_LIMIT_PER_IP: 2, SIGN_IN_LIMIT_PER_EMAIL: 1 });
    const email = uniqueEmail("target");
    const post = (requestId: string) =>
      codeAction({
        request: makeRequest("/sign-in/code", {
          method: "POST",
          form: { email, code: "123456" },
          headers: { "x-request-id": requestId },
        }),
        params: {},
        context: { clientIp: "192.0.2.200" },
      });
    await post("audit-code-1");
    await post("audit-code-2");
    await post("audit-code-3"); // 429: the address's limit
    await signInAction({
      request: makeRequest("/sign-in?index", {
        method: "POST",
        form: { email },
        headers: { "x-request-id": "audit-ask-1" },
      }),
      params: {},
      context: { clientIp: "192.0.2.200" },
    });
    await signInAction({
      request: makeRequest("/sign-in?index", {
        method: "POST",
        form: { email },
        headers: { "x-request-id": "audit-ask-2" },
      }),
      params: {},
      context: { clientIp: "192.0.2.200" },
    });

    const rows = await db.auditEvent.findMany({
      where: { requestId: { startsWith: "audit-" } },
      orderBy: { requestId: "asc" },
    });
    expect(rows.map((row) => [row.requestId, row.action, row.outcome])).toEqual([
      ["audit-ask-2", "sign-in.request", "limited"],
      ["audit-code-1", "sign-in.code", "failed"],
      ["audit-code-2", "sign-in.code", "failed"],
      ["audit-code-3", "sign-in.code", "limited"],
    ]);
    for (const row of rows) expect(row.subjectKey).toBe(emailKey(email));
    // A keyed hash: not the email, and not a plain hash anyone could compute from a list of emails.
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(emailKey(email)).toMatch(/^[0-9a-f]{64}$/);
    overrideEnvForTests({ SESSION_SECRET: "another-secret-that-is-long-enough-000000" });
    expect(emailKey(email)).not.toBe(rows[0].subjectKey);
  });
});

describe("error logging", () => {
  it("does not log thrown 4xx answers (403, 404, 413, 429) or redirects", () => {
    const logged = expectConsoleError();
    handleError(data({ reason: "not-permitted" }, { status: 403 }) as unknown as Error, errorContext());
    handleError(new Response(null, { status: 404 }) as unknown as Error, errorContext());
    handleError(new Response(null, { status: 413 }) as unknown as Error, errorContext());
    handleError(data(null, { status: 429 }) as unknown as Error, errorContext());
    handleError(
      new Response(null, { status: 302, headers: { Location: "/" } }) as unknown as Error,
      errorContext(),
    );
    expect(logged).toEqual([]);
  });

  it("logs a real error as one JSON line with the request id, and no raw request text", () => {
    const logged = expectConsoleError();
    const request = makeRequest("/families/secret-path?email=someone@test.example", {
      headers: { "x-request-id": "log-test-1234" },
    });
    handleError(new Error("broken\n[error] forged line"), errorContext(request));
    handleError(data(null, { status: 500 }) as unknown as Error, errorContext(request));
    expect(logged).toHaveLength(2);
    for (const [line] of logged) {
      expect(typeof line).toBe("string");
      expect(line).not.toContain("\n");
      const parsed = JSON.parse(line as string);
      expect(parsed).toMatchObject({ level: "error", event: "request.error", reference: "log-test-1234" });
      expect(line).not.toContain("secret-path");
      expect(line).not.toContain("someone@test.example");
    }
  });

  it("refuses old `?_data=` requests before Remix as a 400 with one info line: no error, no stack, no request text", () => {
    const logged = expectConsoleError();
    const lines: unknown[][] = [];
    const middleware = refuseLegacyDataRequests({ log: (...args) => lines.push(args) });
    const answer = (url: string) => {
      const sent: { status?: number; body?: string; next: boolean } = { next: false };
      const res = {
        status(code: number) {
          sent.status = code;
          return res;
        },
        type: () => res,
        send(body: string) {
          sent.body = body;
          return res;
        },
      };
      const req = { originalUrl: url, headers: { "x-request-id": "ref-1" } };
      middleware(req as never, res as never, () => (sent.next = true));
      return sent;
    };
    expect(answer("/families/abc?_data=routes%2Ffamilies.%24familyId&email=someone@test.example")).toEqual({
      status: 400,
      body: "Bad Request",
      next: false,
    });
    expect(answer("/?x=1&_data")).toMatchObject({ status: 400 });
    expect(lines).toEqual([
      ["info", "request.refused", { reason: "legacy-data-request", status: 400, reference: "ref-1" }],
      ["info", "request.refused", { reason: "legacy-data-request", status: 400, reference: "ref-1" }],
    ]);
    // The app's own requests go on to Remix untouched.
    for (const url of [
      "/",
      "/families/abc.data",
      "/families/abc.data?_routes=root",
      "/search?data=x",
      "/x?my_data=1",
    ])
      expect(answer(url)).toEqual({ next: true });
    expect(isLegacyDataRequest("/a?b=1&_data=root")).toBe(true);
    expect(lines).toHaveLength(2);
    expect(logged).toEqual([]);
  });

  it("encodes every value, so a newline can never start a new log line", () => {
    const line = logLine("warn", "job.retry", { error: 'x"\n{"level":"error"}' });
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line).error).toBe('x"\n{"level":"error"}');
  });
});
