// The app as Remix serves it, in the test process: the real route tree (found as the compiler
// finds it), the app's entry.server and route modules, and @remix-run/node's request handler. Only
// the routes on the asked-for pages are loaded, which keeps the test quick. Nothing is fetched from
// the browser asset URLs, so those are made up.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";

import * as entryServer from "~/entry.server";

const appDirectory = join(dirname(fileURLToPath(import.meta.url)), "../../app");

type RouteModule = ServerBuild["routes"][string]["module"];
type RouteEntry = {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  file: string;
};

/** A request handler for the pages whose route ids are given (their parents come too). */
export async function remixApp(routeIds: string[]) {
  // The ignored files and future flags are remix.config.js's.
  const tree: Record<string, RouteEntry> = {
    root: { id: "root", path: "", file: "root.tsx" },
    ...flatRoutes(appDirectory, ["**/.*", "**/*.test.{ts,tsx}"]),
  };
  const wanted = new Set<string>();
  for (const id of routeIds) {
    if (!tree[id]) throw new Error(`no route ${id}`);
    for (
      let route: RouteEntry | undefined = tree[id];
      route;
      route = route.parentId ? tree[route.parentId] : undefined
    )
      wanted.add(route.id);
  }
  const routes: ServerBuild["routes"] = {};
  const assetRoutes: ServerBuild["assets"]["routes"] = {};
  for (const id of wanted) {
    const { file, ...route } = tree[id]!;
    const module = (await import(/* @vite-ignore */ join(appDirectory, file))) as RouteModule;
    routes[id] = { ...route, module };
    assetRoutes[id] = {
      ...route,
      module: `/build/${file}.js`,
      hasAction: typeof module.action === "function",
      hasLoader: typeof module.loader === "function",
      hasClientAction: false,
      hasClientLoader: false,
      hasErrorBoundary: typeof module.ErrorBoundary === "function",
    };
  }
  const build: ServerBuild = {
    mode: "production",
    entry: { module: entryServer },
    routes,
    assets: {
      entry: { module: "/build/entry.client.js", imports: [] },
      routes: assetRoutes,
      url: "/build/manifest.js",
      version: "test",
    },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: {
      v3_fetcherPersist: true,
      v3_relativeSplatPath: true,
      v3_throwAbortReason: true,
      v3_lazyRouteDiscovery: true,
      v3_singleFetch: true,
    },
    isSpaMode: false,
  } as ServerBuild;
  return createRequestHandler(build, "production");
}
