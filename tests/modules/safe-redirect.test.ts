// Every redirect target stays inside the app.
import { describe, expect, it } from "vitest";

import { safeRedirect } from "~/modules/auth/session.server";
import { runDueJobs } from "~/modules/jobs/runner.server";
import { action as signInAction, loader as signInLoader } from "~/routes/sign-in._index";
import { action as codeAction } from "~/routes/sign-in.code";
import { db } from "~/utils/db.server";

import { cookieFor, createPerson, makeRequest } from "../factories";
import { expectConsoleError } from "../setup/console-errors";
import { outcomeOf } from "../setup/matchers";

const attacks = [
  "/%09/evil.example",
  "/\t/evil.example",
  "/%0d%0a/x",
  "/\r\n/x",
  "/\nSet-Cookie: x=1",
  "//x",
  "//evil.example/path",
  "/\\x",
  "/%5Cx",
  "\\\\x",
  "https:x",
  "https://evil.example",
  "javascript:alert(1)",
  "%2F%2Fx",
  "//x",
  "/%2F%2Fx",
  "/\u0000/x",
  "/\u0085/x",
  "/%E0%A4%A",
  " /x",
];

/** What a browser would do with a Location header: resolve it against the page's URL. */
function landsInside(location: string) {
  const base = "https://safetycircle.example/sign-in";
  // Browsers strip TAB, CR and LF from URLs before parsing, which is how "/%09/" became "//".
  return new URL(location.replace(/[\t\r\n]/g, ""), base).origin === "https://safetycircle.example";
}

describe("safeRedirect", () => {
  it.each(attacks)("keeps %j inside the app", (value) => {
    const result = safeRedirect(value);
    expect(landsInside(result)).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(result).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
    expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
  });

  it("also keeps the decoded forms inside the app", () => {
    for (const value of attacks) {
      let decoded = value;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        // not decodable: the raw form is tested above
      }
      expect(landsInside(safeRedirect(decoded)), JSON.stringify(decoded)).toBe(true);
    }
  });

  it("keeps ordinary paths with their query and fragment", () => {
    expect(safeRedirect("/families/abc?x=1#top")).toBe("/families/abc?x=1#top");
    expect(safeRedirect("/families/a%20b")).toBe("/families/a%20b");
    expect(safeRedirect(undefined)).toBe("/families");
    expect(safeRedirect("https:x", "/")).toBe("/");
  });
});

describe("redirects in the sign-in routes", () => {
  it("sends a signed-in person inside the app, and a newline gives no 500 and no log line", async () => {
    const logged = expectConsoleError();
    const person = await createPerson();
    const cookie = await cookieFor(person.id);
    for (const value of attacks) {
      const outcome = await outcomeOf(
        signInLoader({
          request: makeRequest(`/sign-in?${new URLSearchParams({ redirectTo: value })}`, { cookie }),
          params: {},
          context: {},
        }),
      );
      expect(outcome).toHaveStatus(302);
      expect(landsInside(outcome.location!), JSON.stringify(value)).toBe(true);
    }
    expect(logged).toEqual([]);
  });

  it("after a real sign-in with a code, lands inside the app", async () => {
    for (const value of ["/%09/evil.example", "/%0d%0a/x", "/\r\n/x"]) {
      const person = await createPerson();
      await expect(
        signInAction({
          request: makeRequest("/sign-in?index", {
            method: "POST",
            form: { email: person.email, redirectTo: value },
          }),
          params: {},
          context: { clientIp: "203.0.113.30" },
        }),
      ).toHaveStatus(302);
      await runDueJobs();
      const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: person.email } });
      const code = mail.text.match(/\b(\d{6})\b/)![1];
      await expect(
        codeAction({
          request: makeRequest("/sign-in/code", {
            method: "POST",
            form: { email: person.email, code, redirectTo: value },
          }),
          params: {},
          context: { clientIp: "203.0.113.30" },
        }),
      ).toRedirectTo("/families");
    }
  });
});
