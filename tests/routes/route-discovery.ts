// The app's routes as the isolation sweeps find them: every route file, imported, and the URL a
// route name stands for. Shared so that a new route is swept without anyone listing it.
import { existsSync, readdirSync, statSync } from "node:fs";

export type RouteModule = {
  loader?: (args: unknown) => Promise<unknown>;
  action?: (args: unknown) => Promise<unknown>;
};

/** Flat route files, and folders holding a route.tsx (their name is the route's name). */
export function discoverRoutes(dir = "app/routes") {
  return readdirSync(dir).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(path).isDirectory()) {
      const file = ["route.tsx", "route.ts", "route.jsx", "route.js"].find((name) =>
        existsSync(`${path}/${name}`),
      );
      return file ? [{ name: entry, path: `${entry}/${file}` }] : [];
    }
    return /\.(tsx?|jsx?)$/.test(entry) ? [{ name: entry.replace(/\.(tsx?|jsx?)$/, ""), path: entry }] : [];
  });
}

/** Every route whose name passes the filter, with its module imported. */
export function importRoutes(keep: (name: string) => boolean = () => true) {
  return Promise.all(
    discoverRoutes()
      .filter((route) => keep(route.name))
      .map(async (route) => ({
        ...route,
        module: (await import(`../../app/routes/${route.path}`)) as RouteModule,
      })),
  );
}

/** Remix v2 flat-route name to a URL, with params filled in (a splat becomes "anything"). */
export function urlFor(name: string, params: Record<string, string>) {
  const segments = name
    .split(".")
    .filter((segment) => segment !== "_index" && segment !== "route" && !/^_[^_]/.test(segment))
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) =>
      segment === "$" ? "anything" : segment.startsWith("$") ? params[segment.slice(1)] : segment,
    );
  return `/${segments.join("/")}`;
}

/** The names of a route's params, in order. */
export const paramNames = (name: string) => [...name.matchAll(/\$(\w+)/g)].map((match) => match[1]!);
