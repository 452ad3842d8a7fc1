// The per-namespace locale route: the right strings, cached for good only under the current
// content hash, a bare 404 for anything unknown, and a hash that follows the content.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { loader } from "~/routes/resources.locales.$lng.$ns";
import { getNamespaceFile, getNamespaceVersions } from "~/utils/locales.server";

import { outcomeOf } from "../setup/matchers";

async function get(lng: string, ns: string, { v, etag }: { v?: string; etag?: string } = {}) {
  const url = `http://localhost/resources/locales/${lng}/${ns}${v ? `?v=${v}` : ""}`;
  const request = new Request(url, { headers: etag ? { "If-None-Match": etag } : {} });
  // A Response either way: the file, 304, or a thrown 404.
  return (await outcomeOf(loader({ request, params: { lng, ns }, context: {} }))).response!;
}

function fileJson(lng: string, ns: string) {
  return JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, "utf8")) as unknown;
}

describe("/resources/locales/:lng/:ns", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it("sends one namespace of one language, cached for good under its current hash", async () => {
    for (const [lng, ns] of [
      ["en", "plan"],
      ["cy", "plan"],
      ["cy", "auth"],
      ["en", "common"],
    ] as const) {
      const version = getNamespaceFile(lng, ns)!.version;
      const response = await get(lng, ns, { v: version });
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("ETag")).toBe(`"${version}"`);
      expect(await response.json()).toEqual(fileJson(lng, ns));
    }
  });

  it("an old or missing hash still gets today's strings, but only for a short while", async () => {
    for (const v of ["000000000000", undefined]) {
      const response = await get("en", "auth", { v });
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
      expect(await response.json()).toEqual(fileJson("en", "auth"));
    }
  });

  it("answers a revalidation with 304 and no body", async () => {
    const version = getNamespaceFile("en", "auth")!.version;
    const response = await get("en", "auth", { v: version, etag: `"${version}"` });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
  });

  it("an unknown language or namespace is a bare 404", async () => {
    for (const [lng, ns] of [
      ["fr", "plan"],
      ["en", "nothing"],
      ["cy", "..%2Fen%2Fplan"],
      ["en", "Plan"],
      ["", "plan"],
    ]) {
      const response = await get(lng, ns);
      expect(response.status, `${lng}/${ns}`).toBe(404);
      expect(await response.text()).toBe("");
    }
  });

  it("the versions in the page head name every namespace with the hash the route checks", () => {
    const pairs = getNamespaceVersions("cy").split(" ");
    expect(pairs.length).toBeGreaterThan(10);
    for (const pair of pairs) {
      const [ns, version] = pair.split(":");
      expect(getNamespaceFile("cy", ns)?.version).toBe(version);
    }
    // Different strings, different hash: the Welsh plan file is not the English one.
    expect(getNamespaceFile("cy", "plan")!.version).not.toBe(getNamespaceFile("en", "plan")!.version);
  });

  it("the hash changes when a namespace's strings change, and only for that namespace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "locales-"));
    try {
      cpSync(resolve("locales"), join(dir, "locales"), { recursive: true });
      // locales.server reads locales/ from the working directory, and re-reads it outside production.
      vi.spyOn(process, "cwd").mockReturnValue(dir);
      vi.resetModules();
      const fresh = await import("~/utils/locales.server");
      const before = {
        auth: fresh.getNamespaceFile("en", "auth")!.version,
        plan: fresh.getNamespaceFile("en", "plan")!.version,
      };
      expect(before.auth).toBe(getNamespaceFile("en", "auth")!.version);

      const path = join(dir, "locales/en/auth.json");
      const strings = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      writeFileSync(path, JSON.stringify({ ...strings, extra: "A new string" }));

      const after = fresh.getNamespaceFile("en", "auth")!;
      expect(after.version).not.toBe(before.auth);
      expect(JSON.parse(after.json)).toMatchObject({ extra: "A new string" });
      expect(fresh.getNamespaceFile("en", "plan")!.version).toBe(before.plan);

      const route = await import("~/routes/resources.locales.$lng.$ns");
      const request = new Request(`http://localhost/resources/locales/en/auth?v=${before.auth}`);
      const stale = (await route.loader({
        request,
        params: { lng: "en", ns: "auth" },
        context: {},
      })) as Response;
      expect(stale.headers.get("Cache-Control")).toBe("public, max-age=300");
      expect(stale.headers.get("ETag")).toBe(`"${after.version}"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
