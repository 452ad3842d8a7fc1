// Runs after every `npm install` / `npm ci` (postinstall). It edits installed packages where a
// measured hot spot has no public hook, and fails loudly when a package no longer has the text it
// expects, so an upgrade makes someone look again instead of silently losing the fix.
// Each patch only remembers work; without it the app behaves the same, only slower.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const patches = [
  {
    // Remix matches a URL against every route on each request: on the server it flattened and
    // ranked all routes, and built a regular expression per route path, three times per page
    // (about a seventh of the plan page's server time). The server's route lists never change
    // while it runs, so the ranked list is kept per route list and each compiled path is kept.
    // Only the server build (CommonJS) is patched; the browser bundle uses the ES module build.
    file: require.resolve("@remix-run/router/dist/router.cjs.js"),
    marker: "/* safety-circle: remembered route ranking */",
    edits: [
      [
        "function matchRoutesImpl(routes, locationArg, basename, allowPartial) {",
        "/* safety-circle: remembered route ranking */\nconst rankedBranches = new WeakMap();\nfunction matchRoutesImpl(routes, locationArg, basename, allowPartial) {",
      ],
      [
        "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n  let matches = null;",
        "  let branches = rankedBranches.get(routes);\n  if (!branches) {\n    branches = flattenRoutes(routes);\n    rankRouteBranches(branches);\n    rankedBranches.set(routes, branches);\n  }\n  let matches = null;",
      ],
      [
        "function compilePath(path, caseSensitive, end) {\n  if (caseSensitive === void 0) {\n    caseSensitive = false;\n  }\n  if (end === void 0) {\n    end = true;\n  }",
        "function compilePath(path, caseSensitive, end) {\n  if (caseSensitive === void 0) {\n    caseSensitive = false;\n  }\n  if (end === void 0) {\n    end = true;\n  }\n  let key = (caseSensitive ? \"1\" : \"0\") + (end ? \"1\" : \"0\") + path;\n  let known = compiledPaths.get(key);\n  if (known) return known;\n  let compiled = compilePathUncached(path, caseSensitive, end);\n  if (compiledPaths.size < 1000) compiledPaths.set(key, compiled);\n  return compiled;\n}\nconst compiledPaths = new Map();\nfunction compilePathUncached(path, caseSensitive, end) {",
      ],
    ],
  },
  {
    // For every page Remix encodes all loader data into a stream for the browser before the page
    // renders. A page that does not hydrate never sends it (app/entry.server.tsx drops it), so
    // the encoding is put off until something reads the stream. A hydrating page reads it while
    // rendering, as before.
    file: require.resolve("@remix-run/server-runtime/dist/server.js"),
    marker: "/* safety-circle: browser data encoded when read */",
    edits: [
      [
        "var singleFetch = require('./single-fetch.js');",
        "var singleFetch = require('./single-fetch.js');\n/* safety-circle: browser data encoded when read */\nfunction encodedWhenRead(encode) {\n  let reader;\n  return new ReadableStream({\n    async pull(controller) {\n      reader ??= encode().getReader();\n      const { done, value } = await reader.read();\n      if (done) controller.close();\n      else controller.enqueue(value);\n    },\n    cancel(reason) {\n      return reader?.cancel(reason);\n    }\n  });\n}",
      ],
      [
        "serverHandoffStream: singleFetch.encodeViaTurboStream(state, request.signal, build.entry.module.streamTimeout, serverMode),",
        "serverHandoffStream: encodedWhenRead(() => singleFetch.encodeViaTurboStream(state, request.signal, build.entry.module.streamTimeout, serverMode)),",
        2,
      ],
    ],
  },
  {
    // Build time only. The browser build swaps each `.server` module a route imports for an
    // empty stand-in, one per import path, and kept them all: every page downloaded a dozen
    // 100-byte chunks (about 650 bytes each with headers, and a request each on a slow phone).
    // One stand-in, marked free of side effects, lets esbuild drop the imports once the loader
    // and action are gone from the browser's copy of the route.
    file: require.resolve("@remix-run/dev/dist/compiler/plugins/emptyModules.js"),
    marker: "/* safety-circle: one empty stand-in */",
    edits: [
      [
        "          return {\n            path: args.path,\n            namespace: \"empty-module\"\n          };",
        "          /* safety-circle: one empty stand-in */\n          return {\n            path: \"server-only-module\",\n            namespace: \"empty-module\",\n            sideEffects: false\n          };",
      ],
    ],
  },
];

for (const { file, marker, edits } of patches) {
  let source = readFileSync(file, "utf8");
  if (source.includes(marker)) continue;
  for (const [before, after, times = 1] of edits) {
    if (source.split(before).length !== times + 1) {
      console.error(`patch-dependencies: ${file} has changed; review the patch in scripts/patch-dependencies.mjs.`);
      process.exit(1);
    }
    source = source.replaceAll(before, () => after);
  }
  // A new file, renamed into place: node_modules may be hard-linked into other checkouts.
  writeFileSync(`${file}.patching`, source);
  renameSync(`${file}.patching`, file);
  console.log(`patch-dependencies: patched ${file.replace(/.*node_modules\//, "")}`);
}
