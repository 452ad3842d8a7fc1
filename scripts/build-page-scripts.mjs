// Builds the small page scripts in app/scripts (plain TypeScript, no React) for pages that do
// not hydrate: one minified ES module each, fingerprinted, with .br and .gz beside it, and a
// manifest the server reads (app/utils/page-scripts.server.ts). Outside public/build, so the
// Remix compiler, which empties that folder, leaves them alone. Run by `npm run build` and `npm run dev`.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { build } from "esbuild";

const source = "app/scripts";
const out = "public/scripts";

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const manifest = {};
for (const file of readdirSync(source).filter((name) => name.endsWith(".ts"))) {
  const name = basename(file, ".ts");
  const result = await build({
    entryPoints: [join(source, file)],
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2019", "safari13"],
    write: false,
    alias: { "~": resolve("app") },
    legalComments: "none",
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 10);
  const target = `${name}-${hash}.js`;
  writeFileSync(join(out, target), code);
  writeFileSync(
    join(out, `${target}.br`),
    brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  writeFileSync(join(out, `${target}.gz`), gzipSync(code, { level: 9 }));
  manifest[name] = `/scripts/${target}`;
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2));
console.log(`Built ${Object.keys(manifest).length} page script(s): ${Object.values(manifest).join(", ")}`);
