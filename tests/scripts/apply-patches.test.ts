// The postinstall step that applies patches/ (scripts/apply-patches.mjs), run in a throwaway app
// folder with its own node_modules and patches.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterEach, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../../scripts/apply-patches.mjs", import.meta.url));
const folders: string[] = [];

function diff(name: string, before: string, after: string) {
  const file = `node_modules/${name}/index.js`;
  return [
    `diff --git a/${file} b/${file}`,
    `--- a/${file}`,
    `+++ b/${file}`,
    "@@ -1 +1 @@",
    `-${before}`,
    `+${after}`,
    "",
  ].join("\n");
}

/** An app folder with the given installed packages (name → index.js) and patch files. */
function app(installed: Record<string, string>, patches: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "apply-patches-"));
  folders.push(root);
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "app", private: true }));
  for (const [name, source] of Object.entries(installed)) {
    mkdirSync(join(root, "node_modules", name), { recursive: true });
    writeFileSync(
      join(root, "node_modules", name, "package.json"),
      JSON.stringify({ name, version: "1.0.0" }),
    );
    writeFileSync(join(root, "node_modules", name, "index.js"), `${source}\n`);
  }
  mkdirSync(join(root, "patches"));
  for (const [file, text] of Object.entries(patches)) writeFileSync(join(root, "patches", file), text);
  return root;
}

function run(root: string) {
  // On CI, or with NODE_ENV=test, patch-package is strict by itself; the script must be strict
  // without that help.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development" };
  delete env.CI;
  const result = spawnSync(process.execPath, [script], { cwd: root, env, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("applying patches at install", () => {
  it("patches what is installed and skips a patch whose package is not (npm ci --omit=dev)", () => {
    const root = app(
      { "@scope/runtime": "module.exports = 1;" },
      {
        "@scope+runtime+1.0.0.patch": diff("@scope/runtime", "module.exports = 1;", "module.exports = 2;"),
        "build-tool+1.0.0.patch": diff("build-tool", "module.exports = 1;", "module.exports = 2;"),
      },
    );
    const { status, output } = run(root);
    expect(output).toContain("skipped build-tool+1.0.0.patch");
    expect(status).toBe(0);
    expect(readFileSync(join(root, "node_modules/@scope/runtime/index.js"), "utf8")).toBe(
      "module.exports = 2;\n",
    );
    // A second install finds the patch already there.
    expect(run(root).status).toBe(0);
    expect(readFileSync(join(root, "node_modules/@scope/runtime/index.js"), "utf8")).toBe(
      "module.exports = 2;\n",
    );
  });

  it("fails the install when an installed package no longer matches its patch", () => {
    const root = app(
      { "@scope/runtime": "module.exports = 'upgraded';" },
      { "@scope+runtime+1.0.0.patch": diff("@scope/runtime", "module.exports = 1;", "module.exports = 2;") },
    );
    const { status, output } = run(root);
    expect(output).toContain("Failed to apply patch");
    expect(status).toBe(1);
  });
});
