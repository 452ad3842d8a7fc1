// The browser downloads only the locale namespaces a page's routes declare in `handle.i18n`
// (plus the root's). A route that uses a namespace it does not declare would show raw keys, so
// this test reads every route module and everything it imports (components, modules, and the
// server code whose keys may come back in loader or action data), finds every namespace it
// names, and checks the route declares exactly those. It reads the source rather than rendering
// pages: that covers every branch (error messages, empty states), not only the ones a browser
// test happens to reach. A namespace that only ever appears as a computed value is not seen
// here; the browser then logs it and loads it late (entry.client.tsx), and browser tests fail
// on that log.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

import { describe, expect, it } from "vitest";

const appDir = resolve("app");
const rootFile = join(appDir, "root.tsx");
const namespaces = readdirSync("locales/en")
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""));

/**
 * Namespaces a source text names: "ns:key" (also in template literals), useTranslation("ns" |
 * [...]), { ns: "ns" }, and i18next calls given a namespace (getResourceBundle(lng, "ns")).
 */
function namespacesIn(source: string): Set<string> {
  const found = new Set<string>();
  const known = namespaces.join("|");
  for (const match of source.matchAll(new RegExp(`["'\`](${known}):`, "g"))) found.add(match[1]);
  for (const match of source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|["'`][^"'`]+["'`])/g)) {
    for (const name of match[1].matchAll(/["'`]([^"'`]+)["'`]/g)) found.add(name[1]);
  }
  for (const match of source.matchAll(/\bns:\s*["'`]([^"'`]+)["'`]/g)) found.add(match[1]);
  // i18next calls that name a namespace as an argument, e.g. getResourceBundle(language, "glossary").
  // (Not the server's getFixedT: what it translates reaches the browser as text.)
  const calls = /\b(?:getResourceBundle|hasResourceBundle|getResource|loadNamespaces)\(([^)]*)\)/g;
  for (const match of source.matchAll(calls)) {
    for (const name of match[1].matchAll(new RegExp(`["'\`](${known})["'\`]`, "g"))) found.add(name[1]);
  }
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = join(appDir, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return null; // a package: its strings are not ours
  for (const suffix of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const path = base + suffix;
    if (/\.(tsx?)$/.test(path) && existsSync(path) && statSync(path).isFile()) return path;
  }
  return null; // JSON, CSS: no translation calls
}

/** The file and every app file it imports, following value imports (not `import type`); never the root. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  const imports = source.matchAll(
    /(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
  );
  for (const match of imports) {
    const path = resolveImport(file, match[1] ?? match[2]);
    if (path && path !== rootFile) moduleGraph(path, seen);
  }
  return seen;
}

function namespacesUsedBy(file: string): string[] {
  const used = new Set<string>();
  for (const path of moduleGraph(file))
    for (const namespace of namespacesIn(readFileSync(path, "utf8"))) used.add(namespace);
  return [...used].sort();
}

/** Flat route files, and folders holding a route file. */
function routeFiles(dir = join(appDir, "routes")): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const file = ["route.tsx", "route.ts"]
        .map((name) => join(path, name))
        .find((candidate) => existsSync(candidate));
      return file ? [file] : [];
    }
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

async function declaredBy(file: string): Promise<string[]> {
  const module = (await import(/* @vite-ignore */ file)) as { handle?: { i18n?: unknown } };
  const declared = module.handle?.i18n;
  return Array.isArray(declared) ? [...declared].sort() : [];
}

const rootDeclared = await declaredBy(rootFile);

describe("locale namespaces", () => {
  it("finds namespaces however the code names them", () => {
    const source = [
      'const { t } = useTranslation("plan");',
      'useTranslation(["rules", "kinship"]);',
      't("meetings:title"); t(`errors:page.${status}.title`);',
      'export const handle = { titleKey: "auth:signIn.title" };',
      't("reason", { ns: "network" });',
      'i18n.getResourceBundle(i18n.language, "glossary");',
      't("home.title"); const note = "look: here"; getResource(lng, "nothing");',
    ].join("\n");
    expect([...namespacesIn(source)].sort()).toEqual([
      "auth",
      "errors",
      "glossary",
      "kinship",
      "meetings",
      "network",
      "plan",
      "rules",
    ]);
  });

  it("the root declares what its layout and error pages use, and every file exists", () => {
    expect(rootDeclared).toContain("common");
    // "common" is the default namespace: `useTranslation()` and keys with no prefix use it.
    expect(rootDeclared).toEqual([...new Set([...namespacesUsedBy(rootFile), "common"])].sort());
    for (const namespace of rootDeclared) expect(namespaces).toContain(namespace);
  });

  const files = routeFiles();
  it("reads every route", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((file) => [relative(appDir, file), file]))(
    "%s declares exactly the namespaces it uses",
    async (_name, file) => {
      const declared = await declaredBy(file);
      const needed = namespacesUsedBy(file).filter((namespace) => !rootDeclared.includes(namespace));
      // Missing ones would show raw keys; extra ones (or the root's again) cost every visit bytes.
      expect(declared, "handle.i18n").toEqual(needed);
      for (const namespace of declared) expect(namespaces).toContain(namespace);
    },
  );
});
