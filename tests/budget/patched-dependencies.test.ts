import { createRequire } from "node:module";

import type * as RemixRouter from "@remix-run/router";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createOrganisation, createPerson, makeRequest } from "../factories";
import { remixApp } from "./remix-app";

// The server build loads @remix-run/router as CommonJS, patched at install time from patches/
// to keep each route list's ranking (see patches/README.md for why).
const require = createRequire(import.meta.url);
const matchRoutes = (require("@remix-run/router") as typeof RemixRouter).matchRoutes as unknown as (
  routes: Route[],
  path: string,
) => { route: Route; params: Record<string, string> }[] | null;

type Route = { id: string; path?: string; index?: boolean; children?: Route[] };

const routeList = (): Route[] => [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      {
        id: "family",
        path: "families/:familyId",
        children: [
          { id: "plan", path: "plan" },
          { id: "family-home", index: true },
        ],
      },
      { id: "catch-all", path: "*" },
    ],
  },
];

const ids = (routes: Route[], path: string) => matchRoutes(routes, path)?.map((match) => match.route.id);

describe("route matching on the server", () => {
  it("still finds the same routes and params", () => {
    const routes = routeList();
    expect(ids(routes, "/families/f1/plan")).toEqual(["root", "family", "plan"]);
    expect(ids(routes, "/families/f1")).toEqual(["root", "family", "family-home"]);
    expect(ids(routes, "/")).toEqual(["root", "home"]);
    expect(ids(routes, "/nowhere/at/all")).toEqual(["root", "catch-all"]);
    expect(matchRoutes(routes, "/families/f%20two/plan")?.at(-1)?.params).toEqual({ familyId: "f two" });
    expect(ids(routes, "/FAMILIES/f1/PLAN")).toEqual(["root", "family", "plan"]);
  });

  it("gives the unpatched router's answer for any route list and URL", async () => {
    // The browser's ES module build is not patched: it is the reference.
    const unpatched =
      (await import("../../node_modules/@remix-run/router/dist/router.js")) as unknown as typeof RemixRouter;
    const reference = unpatched.matchRoutes as unknown as typeof matchRoutes;
    const segment = fc.constantFrom("families", "Plan", "plan", "rules", ":id", ":other", "a.b", "x y", "");
    const routePath = fc.oneof(
      fc.array(segment, { maxLength: 3 }).map((parts) => parts.filter(Boolean).join("/")),
      fc.constantFrom("*", "plan/*", ":id?", "families/:id?/plan", "-lang?/rules"),
    );
    const route: fc.Memo<Route & { caseSensitive?: boolean }> = fc.memo((depth) =>
      fc.record({
        id: fc.uuid(),
        path: fc.option(routePath, { nil: undefined }),
        caseSensitive: fc.boolean(),
        children: depth > 1 ? fc.array(route(depth - 1), { maxLength: 3 }) : fc.constant([]),
      }),
    );
    const urlSegment = fc.constantFrom(
      "families",
      "FAMILIES",
      "plan",
      "Plan",
      "rules",
      "f1",
      "x%20y",
      "a.b",
      "lang",
      "",
    );
    const url = fc.array(urlSegment, { maxLength: 5 }).map((parts) => `/${parts.join("/")}`);
    fc.assert(
      fc.property(fc.array(route(3), { minLength: 1, maxLength: 4 }), url, (routes, path) => {
        const answer = (match: typeof matchRoutes) =>
          match(routes, path)?.map((found) => [found.route.id, found.params]) ?? null;
        expect(answer(matchRoutes)).toEqual(answer(reference));
      }),
      { numRuns: 2000 },
    );
  });

  it("ranks a route list once, not on every request (the install-time patch is in place)", () => {
    const routes = routeList();
    expect(ids(routes, "/families/f1/plan")).toEqual(["root", "family", "plan"]);
    // A route added to the same list afterwards is not seen: proof the ranking was kept. The
    // server never changes its route lists after start-up, so this cannot happen there.
    routes[0]!.children!.unshift({ id: "extra", path: "extra" });
    expect(ids(routes, "/extra")).toEqual(["root", "catch-all"]);
    // A new list is ranked afresh.
    expect(
      ids(
        routeList().map((root) => ({
          ...root,
          children: [{ id: "extra", path: "extra" }, ...root.children!],
        })),
        "/extra",
      ),
    ).toEqual(["root", "extra"]);
  });
});

describe("the server's loader data for the browser", () => {
  // Counts the turbo-stream encodes Remix starts. The server runtime calls this through its
  // module's exports, so wrapping the export sees every call.
  const singleFetch = require("@remix-run/server-runtime/dist/single-fetch.js") as {
    encodeViaTurboStream: (...args: unknown[]) => unknown;
  };
  const encode = singleFetch.encodeViaTurboStream;
  let encodes = 0;
  let handle: (request: Request) => Promise<Response>;
  let family: Awaited<ReturnType<typeof createFamily>>;
  let cookie: string;
  let adminCookie: string;

  beforeAll(async () => {
    singleFetch.encodeViaTurboStream = (...args) => {
      encodes += 1;
      return encode(...args);
    };
    handle = await remixApp(["routes/families.$familyId.plan._index", "routes/directory.file"]);
    family = await createFamily();
    cookie = await cookieFor(family.people[0].id);
    // The directory's import page is a staff page that hydrates; an organisation admin may open it.
    const admin = await createPerson({ name: "Org Admin" });
    const organisation = await createOrganisation();
    await db.staffMember.create({
      data: { organisationId: organisation.id, personId: admin.id, role: "ADMIN" },
    });
    adminCookie = await cookieFor(admin.id);
  });
  afterAll(() => {
    singleFetch.encodeViaTurboStream = encode;
  });

  /** One document request, read to the end: how many encodes it started, and its page. */
  async function encodesFor(path: string, options: { cookie?: string } = {}) {
    encodes = 0;
    const response = await handle(makeRequest(path, options));
    const html = await response.text();
    // Give anything the request left running a turn to start its encode.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { encodes, status: response.status, html };
  }

  it("is never encoded for a page that does not hydrate (the install-time patch is in place)", async () => {
    const page = await encodesFor(`/families/${family.id}/plan`, { cookie });
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('<script type="module"');
    expect(page.encodes).toBe(0);
  });

  it("renders with the route tree made once, not on every request (the install-time patch is in place)", async () => {
    // RemixServer and the static router call these through their modules' exports.
    const remixRoutes = require("@remix-run/react/dist/routes.js") as {
      createServerRoutes: (...args: never[]) => unknown;
    };
    const router = require("@remix-run/router") as {
      UNSAFE_convertRoutesToDataRoutes: (...args: never[]) => unknown;
    };
    const [createServerRoutes, convertRoutes] = [
      remixRoutes.createServerRoutes,
      router.UNSAFE_convertRoutesToDataRoutes,
    ];
    let built = 0;
    remixRoutes.createServerRoutes = (...args) => ((built += 1), createServerRoutes(...args));
    router.UNSAFE_convertRoutesToDataRoutes = (...args) => ((built += 1), convertRoutes(...args));
    try {
      expect((await encodesFor(`/families/${family.id}/plan`, { cookie })).status).toBe(200);
      built = 0;
      const again = await encodesFor(`/families/${family.id}/plan`, { cookie });
      expect(again.status).toBe(200);
      expect(again.html).toContain(family.name);
      expect(built).toBe(0);
    } finally {
      remixRoutes.createServerRoutes = createServerRoutes;
      router.UNSAFE_convertRoutesToDataRoutes = convertRoutes;
    }
  });

  it("is encoded once for a page that hydrates, and sent with it", async () => {
    const page = await encodesFor("/directory/file", { cookie: adminCookie });
    expect(page.status).toBe(200);
    expect(page.html).toContain("streamController.enqueue");
    expect(page.encodes).toBe(1);
  });
});

describe("the request each loader is given", () => {
  // The server runtime's own helper, patched at install time (see patches/README.md).
  const data = require("@remix-run/server-runtime/dist/data.js") as {
    callRouteLoader: (args: {
      loadContext: unknown;
      loader: (args: { request: Request }) => unknown;
      params: Record<string, string>;
      request: Request;
      routeId: string;
      singleFetch: boolean;
    }) => Promise<unknown>;
  };
  const requestSeenBy = async (request: Request, singleFetch = true) => {
    let seen: Request | undefined;
    await data.callRouteLoader({
      loadContext: {},
      loader: ({ request }) => ((seen = request), null),
      params: {},
      request,
      routeId: "routes/test",
      singleFetch,
    });
    return seen!;
  };

  it("is the page's own request when its address has nothing to strip (the install-time patch is in place)", async () => {
    const request = new Request("http://localhost/families/f1/plan?version=2");
    expect(await requestSeenBy(request)).toBe(request);
    expect(await requestSeenBy(request, false)).toBe(request);
  });

  it("is still a copy without Remix's own parameters when the address has them", async () => {
    for (const [url, expected] of [
      ["http://localhost/families/f1/rules?index", "http://localhost/families/f1/rules"],
      ["http://localhost/families/f1/rules?index&_routes=root", "http://localhost/families/f1/rules"],
      [
        "http://localhost/families/f1/rules?version=2&_routes=root",
        "http://localhost/families/f1/rules?version=2",
      ],
    ] as const) {
      const request = new Request(url, { headers: { cookie: "a=b" } });
      const seen = await requestSeenBy(request);
      expect(seen).not.toBe(request);
      expect(seen.url).toBe(expected);
      expect(seen.headers.get("cookie")).toBe("a=b");
    }
    const legacy = await requestSeenBy(new Request("http://localhost/families/f1/plan?_data=root"), false);
    expect(legacy.url).toBe("http://localhost/families/f1/plan");
  });
});
