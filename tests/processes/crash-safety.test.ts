// The production server killed (SIGKILL) in the middle of a stream of writes, then started again
// on the same database: every write that was answered with success is there, and nothing is half
// written. Runs on SQLite and on PostgreSQL (TEST_DATABASE_URL); needs `npm run build`.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { emptyPlan } from "~/modules/plan/plan.schema.server";
import { db } from "~/utils/db.server";

import { cookieFor } from "../factories";
import { createFamilyWithEverything, type FamilyWithEverything } from "../fixtures/family-with-everything";
import { startProductionServer, stopProductionServers, type ProductionServer } from "./production-server";

type Server = ProductionServer;
const servers: Server[] = [];

async function startServer(): Promise<Server> {
  const server = await startProductionServer({ APP_ENV: "test" });
  servers.push(server);
  return server;
}

beforeAll(() => {
  if (!existsSync("build/index.js")) throw new Error("Build the app first (npm run build).");
});

afterAll(() => stopProductionServers(servers));

function post(server: Server, path: string, form: URLSearchParams, cookie: string) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: form,
  });
}

/** The draft editor's form, as the browser posts it, with these words in its one worry. */
function draftForm(revision: number, words: string) {
  return new URLSearchParams([
    ["revision", String(revision)],
    ["intent", "save"],
    ["level", emptyPlan().level],
    ["category", "NEGLECT"],
    ["worries[0].id", "aaaaaaaaaaaa"],
    ["worries[0].professional", "Risk of neglect."],
    ["worries[0].plain", words],
    ["goals[0].id", "bbbbbbbbbbbb"],
    ["goals[0].text", "The baby is fed on time."],
    ["goals[0].worryId", "aaaaaaaaaaaa"],
  ]);
}

/** What one family's writers sent and what the server said yes to. */
type Stream = {
  family: FamilyWithEverything;
  // Draft saves in order: the revision each was made on and its words.
  savedDrafts: { revision: number; words: string }[];
  lastTriedDraft: { revision: number; words: string } | null;
  savedComments: string[];
};

/** Saves the draft again and again, each on the revision the last success made. */
async function draftWriter(server: Server, stream: Stream, cookie: string, running: () => boolean) {
  const path = `/families/${stream.family.id}/plan/draft`;
  let revision = (await db.planDraft.findUniqueOrThrow({ where: { familyId: stream.family.id } })).revision;
  for (let i = 0; running(); i++) {
    const words = `Crash draft ${stream.family.id} ${i}.`;
    stream.lastTriedDraft = { revision, words };
    const response = await post(server, path, draftForm(revision, words), cookie).catch(() => null);
    if (!response) return;
    expect(response.status).toBe(302);
    stream.savedDrafts.push({ revision, words });
    revision += 1;
  }
}

/** Writes under the rule again and again, each post with its own one-time key, as the page's form. */
async function commentWriter(server: Server, stream: Stream, cookie: string, running: () => boolean) {
  const path = `/families/${stream.family.id}/rules/${stream.family.ids.rule}`;
  for (let i = 0; running(); i++) {
    const text = `Crash comment ${i}.`;
    const form = new URLSearchParams([
      ["intent", "comment"],
      ["text", text],
      ["submissionKey", randomBytes(18).toString("base64url")],
    ]);
    const response = await post(server, path, form, cookie).catch(() => null);
    if (!response) return;
    expect(response.status).toBe(302);
    stream.savedComments.push(text);
  }
}

describe("a server killed in the middle of writes", () => {
  it("keeps every write it said yes to, and none half written, after it starts again", async () => {
    const streams: Stream[] = [];
    for (let i = 0; i < 3; i++)
      streams.push({
        family: await createFamilyWithEverything({ marker: `Crashy${i}` }),
        savedDrafts: [],
        lastTriedDraft: null,
        savedComments: [],
      });
    const cookies = await Promise.all(
      streams.map(async (stream) => ({
        practitioner: await cookieFor(stream.family.people.practitioner.id),
        carer: await cookieFor(stream.family.people.carer.id),
      })),
    );
    const before = await Promise.all(
      streams.map(async ({ family }) => ({
        comments: await db.ruleComment.count({ where: { familyId: family.id } }),
        draftAudits: await db.auditEvent.count({ where: { familyId: family.id, action: "plan.draft.save" } }),
      })),
    );

    const server = await startServer();
    let alive = true;
    const running = () => alive;
    const writers = streams.flatMap((stream, i) => [
      draftWriter(server, stream, cookies[i].practitioner, running),
      commentWriter(server, stream, cookies[i].carer, running),
    ]);
    // Kill it once writes are flowing, without warning, as a power cut or the OOM killer would.
    for (let waited = 0; streams.some((stream) => stream.savedComments.length < 5); waited += 20) {
      if (waited > 30_000) throw new Error("The writes did not start");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise((resolve) => server.process.once("exit", resolve));
    server.process.kill("SIGKILL");
    await exited;
    alive = false;
    await Promise.all(writers);
    expect(server.process.signalCode).toBe("SIGKILL");

    const again = await startServer();
    for (const [i, stream] of streams.entries()) {
      const { family } = stream;
      expect(stream.savedDrafts.length).toBeGreaterThan(0);
      expect(stream.savedComments.length).toBeGreaterThan(0);

      // Every comment answered with success is there, each once, each with its audit row (saved
      // in one transaction), and no comment or audit row without the other.
      const comments = await db.ruleComment.findMany({
        where: { familyId: family.id, text: { startsWith: "Crash comment" } },
        select: { text: true },
      });
      const texts = comments.map((comment) => comment.text);
      for (const text of stream.savedComments) expect(texts).toContain(text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.length - stream.savedComments.length).toBeLessThanOrEqual(1);
      const discussAudits = await db.auditEvent.count({
        // The comment's own row (the guard also writes one per request, outside the save).
        where: { familyId: family.id, action: "rules.discuss", entity: "rule", entityId: family.ids.rule },
      });
      const allComments = await db.ruleComment.count({ where: { familyId: family.id } });
      expect(allComments).toBe(before[i].comments + texts.length);
      expect(discussAudits).toBe(allComments);

      // The draft is the last save answered with success, or the one in flight when it died:
      // whole, never a mix, and its revision is the count of saves.
      const draft = await db.planDraft.findUniqueOrThrow({
        where: { familyId: family.id },
        select: { revision: true, content: true },
      });
      const last = stream.savedDrafts.at(-1)!;
      const inFlight = stream.lastTriedDraft!;
      const words = JSON.stringify(draft.content);
      if (draft.revision === last.revision + 1) {
        expect(words).toContain(last.words);
      } else {
        expect(inFlight.revision).toBe(last.revision + 1);
        expect(draft.revision).toBe(inFlight.revision + 1);
        expect(words).toContain(inFlight.words);
      }
      // Each save answered with success wrote its audit row before the answer.
      const draftAudits = await db.auditEvent.count({
        where: { familyId: family.id, action: "plan.draft.save" },
      });
      expect(draftAudits - before[i].draftAudits).toBeGreaterThanOrEqual(stream.savedDrafts.length);

      // The restarted server serves the family and takes the next save on the revision it finds.
      const page = await fetch(`${again.url}/families/${family.id}/rules/${family.ids.rule}`, {
        headers: { Cookie: cookies[i].carer },
      });
      expect(page.status).toBe(200);
      const next = await post(
        again,
        `/families/${family.id}/plan/draft`,
        draftForm(draft.revision, "After the crash."),
        cookies[i].practitioner,
      );
      expect(next.status).toBe(302);
    }
    // Nothing the first server logged before it died is an error or a warning.
    const logged = server.lines.map((line) => JSON.parse(line) as { level: string });
    expect(logged.filter((entry) => entry.level !== "info")).toEqual([]);
  });
});
