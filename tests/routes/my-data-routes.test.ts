// The My copy page and its download through the routes, as a browser calls them: only for the
// signed-in person, never cached, audited, and the email says nothing about the case.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { runDueJobs } from "~/modules/jobs/runner.server";
import { action as pageAction, loader as pageLoader } from "~/routes/settings.my-data._index";
import { loader as downloadLoader } from "~/routes/settings.my-data.download";
import { db } from "~/utils/db.server";

import { cookieFor, makeRequest } from "../factories";
import { createFamilyWithEverything } from "../fixtures/family-with-everything";
import { outcomeOf } from "../setup/matchers";

const call = (route: (args: never) => unknown, request: Request) =>
  outcomeOf(() => route({ request, params: {}, context: {} } as never));

describe("my copy routes", () => {
  it("sends a signed-out person to sign in, and back here afterwards", async () => {
    expect(await call(pageLoader, makeRequest("/settings/my-data"))).toRedirectTo(
      "/sign-in?redirectTo=%2Fsettings%2Fmy-data",
    );
    expect(await call(downloadLoader, makeRequest("/settings/my-data/download"))).toRedirectTo(
      "/sign-in?redirectTo=%2Fsettings%2Fmy-data%2Fdownload",
    );
    expect(
      await call(pageAction, makeRequest("/settings/my-data", { method: "POST", form: { intent: "email" } })),
    ).toRedirectTo("/sign-in?redirectTo=%2Fsettings%2Fmy-data");
    expect(await db.job.count({ where: { kind: "my-copy-ready" } })).toBe(0);
  });

  it("downloads a zip that is never cached, and records it for the person and each family", async () => {
    const family = await createFamilyWithEverything({ marker: "Quoddity" });
    const { parent } = family.people;
    const cookie = await cookieFor(parent.id);
    const outcome = await call(downloadLoader, makeRequest("/settings/my-data/download", { cookie }));
    expect(outcome).toHaveStatus(200);
    expect(outcome.headers.get("Content-Type")).toBe("application/zip");
    expect(outcome.headers.get("Content-Disposition")).toBe('attachment; filename="my-copy.zip"');
    expect(outcome.headers.get("Cache-Control")).toContain("no-store");
    const files = unzipSync(new Uint8Array(await outcome.response!.arrayBuffer()));
    const html = strFromU8(files["my-copy.html"]);
    expect(html).toContain("Quoddity rule words 2");
    expect(html).not.toContain("Quoddity diary words");

    const rows = await db.auditEvent.findMany({
      where: { actorId: parent.id, action: "myData.download" },
      select: { familyId: true, role: true, outcome: true },
    });
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({ familyId: family.id, role: "PARENT", outcome: "ok" });
    expect(rows).toContainEqual({ familyId: null, role: null, outcome: "ok" });
  });

  it("emails a sign-in link back to My copy, with no names and no family", async () => {
    const family = await createFamilyWithEverything({ marker: "Quoddity" });
    const { parent } = family.people;
    // The fixture's own notices (the answer to the parent's question) go first, and are not counted.
    await runDueJobs();
    const earlier = await db.outboxEmail.findMany({ where: { to: parent.email }, select: { id: true } });
    const cookie = await cookieFor(parent.id);
    const outcome = await call(
      pageAction,
      makeRequest("/settings/my-data", { method: "POST", cookie, form: { intent: "email" } }),
    );
    expect(outcome).toHaveStatus(200);
    expect(outcome.data).toEqual({ emailSent: true });
    expect(
      await db.auditEvent.count({ where: { actorId: parent.id, action: "myData.emailRequested" } }),
    ).toBe(1);

    await runDueJobs();
    const mail = await db.outboxEmail.findMany({
      where: { to: parent.email, id: { notIn: earlier.map((row) => row.id) } },
      select: { subject: true, text: true },
    });
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe("Your copy is ready");
    expect(mail[0].text).toContain("/sign-in?redirectTo=%2Fsettings%2Fmy-data");
    expect(mail[0].text).not.toMatch(/Quoddity|family|Parent|Worker/i);
  });

  it("refuses a post that is not the email form", async () => {
    const family = await createFamilyWithEverything({ marker: "Quoddity" });
    const cookie = await cookieFor(family.people.parent.id);
    const outcome = await call(
      pageAction,
      makeRequest("/settings/my-data", { method: "POST", cookie, form: { intent: "other" } }),
    );
    expect(outcome).toHaveStatus(400);
    expect(await db.job.count({ where: { kind: "my-copy-ready" } })).toBe(0);
  });
});
