import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type * as RemixRouter from "@remix-run/router";
import { describe, expect, it } from "vitest";

// The server build loads @remix-run/router as CommonJS, patched at install time by
// scripts/patch-dependencies.mjs to keep each route list's ranking (see that script for why).
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
      { id: "family", path: "families/:familyId", children: [{ id: "plan", path: "plan" }, { id: "family-home", index: true }] },
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

  it("ranks a route list once, not on every request (the install-time patch is in place)", () => {
    const routes = routeList();
    expect(ids(routes, "/families/f1/plan")).toEqual(["root", "family", "plan"]);
    // A route added to the same list afterwards is not seen: proof the ranking was kept. The
    // server never changes its route lists after start-up, so this cannot happen there.
    routes[0]!.children!.unshift({ id: "extra", path: "extra" });
    expect(ids(routes, "/extra")).toEqual(["root", "catch-all"]);
    // A new list is ranked afresh.
    expect(ids(routeList().map((root) => ({ ...root, children: [{ id: "extra", path: "extra" }, ...root.children!] })), "/extra")).toEqual(["root", "extra"]);
  });
});

describe("the server's loader data for the browser", () => {
  it("is encoded only when something reads it (the install-time patch is in place)", () => {
    const source = readFileSync(require.resolve("@remix-run/server-runtime/dist/server.js"), "utf8");
    // Both document renders (the page, and the error page after a failure) defer the encoding.
    expect(source.match(/serverHandoffStream: encodedWhenRead\(\(\) => singleFetch\.encodeViaTurboStream\(/g)).toHaveLength(2);
    expect(source).not.toMatch(/serverHandoffStream: singleFetch\.encodeViaTurboStream\(/);
  });
});
