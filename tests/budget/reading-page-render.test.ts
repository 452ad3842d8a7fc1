import * as ReactDomServer from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createOrganisation, createPerson, makeRequest } from "../factories";
import { remixApp } from "./remix-app";

// Which of React's server renderers app/entry.server.tsx starts, counted around the real ones.
vi.mock("react-dom/server", async (importOriginal) => {
  const actual = await importOriginal<typeof ReactDomServer>();
  return {
    ...actual,
    renderToString: vi.fn(actual.renderToString),
    renderToPipeableStream: vi.fn(actual.renderToPipeableStream),
  };
});

describe("how a page is rendered", () => {
  let handle: (request: Request) => Promise<Response>;
  let family: Awaited<ReturnType<typeof createFamily>>;
  let cookie: string;
  let adminCookie: string;

  beforeAll(async () => {
    handle = await remixApp(["routes/families.$familyId.plan._index", "routes/directory.file"]);
    family = await createFamily();
    cookie = await cookieFor(family.people[0].id);
    const admin = await createPerson({ name: "Render Admin" });
    const organisation = await createOrganisation();
    await db.staffMember.create({
      data: { organisationId: organisation.id, personId: admin.id, role: "ADMIN" },
    });
    adminCookie = await cookieFor(admin.id);
  });
  beforeEach(() => {
    vi.mocked(ReactDomServer.renderToString).mockClear();
    vi.mocked(ReactDomServer.renderToPipeableStream).mockClear();
  });

  const renders = () => ({
    whole: vi.mocked(ReactDomServer.renderToString).mock.calls.length,
    streamed: vi.mocked(ReactDomServer.renderToPipeableStream).mock.calls.length,
  });

  it("renders a reading page to one string, never through the streaming renderer", async () => {
    const response = await handle(makeRequest(`/families/${family.id}/plan`, { cookie }));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(renders()).toEqual({ whole: 1, streamed: 0 });
    expect(html.startsWith("<!DOCTYPE html><html")).toBe(true);
    expect(response.headers.get("Content-Length")).toBe(String(Buffer.byteLength(html)));
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    // The inline script carries the nonce the policy allows.
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("Content-Security-Policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain(family.name);
  });

  it("renders a reading page's error the same way, with its status", async () => {
    const other = await createFamily();
    const response = await handle(makeRequest(`/families/${other.id}/plan`, { cookie }));
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(renders()).toEqual({ whole: 1, streamed: 0 });
    expect(html.startsWith("<!DOCTYPE html><html")).toBe(true);
    expect(html).not.toContain(other.name);
  });

  it("streams a page that hydrates, with the browser's data", async () => {
    const response = await handle(makeRequest("/directory/file", { cookie: adminCookie }));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(renders()).toEqual({ whole: 0, streamed: 1 });
    expect(html.startsWith("<!DOCTYPE html><html")).toBe(true);
    expect(html).toContain("streamController.enqueue");
  });
});
