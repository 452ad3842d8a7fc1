import { readFileSync } from "node:fs";

// The small page scripts built by scripts/build-page-scripts.mjs, by name: their fingerprinted
// URLs. Read once. Without a build (unit tests), there are none, and the pages still work: the
// scripts only add live touches to what the server drew.
let manifest: Record<string, string> | undefined;

export type PageScripts = { writingHelper: string | null };

export function pageScripts(): PageScripts {
  if (!manifest) {
    try {
      manifest = JSON.parse(readFileSync("public/scripts/manifest.json", "utf8")) as Record<string, string>;
    } catch {
      manifest = {};
    }
  }
  return { writingHelper: manifest["writing-helper"] ?? null };
}
