// Runs at postinstall: applies the version-stamped diffs in patches/ with patch-package (see
// patches/README.md for what each one does and what would remove it).
// - A patch whose package is not installed is skipped: `npm ci --omit=dev` has no build tools, so
//   the build-time patch has nothing to apply to. patch-package alone would call that an error.
// - A patch that no longer applies to an installed package fails the install (--error-on-fail), so
//   an upgrade makes someone look again instead of silently losing the change. Without the flag,
//   patch-package only fails on CI.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

const require = createRequire(import.meta.url);
// patch-package's own reading of a patch's file name, so both agree on which package it is for.
const { getPackageDetailsFromPatchFilename } = require("patch-package/dist/PackageDetails");

// npm runs install scripts in the package's folder, as patch-package expects.
const root = process.cwd();
const source = join(root, "patches");
const present = join(root, "node_modules", ".patches-present");

rmSync(present, { recursive: true, force: true });
mkdirSync(present, { recursive: true });
for (const file of readdirSync(source)
  .filter((name) => name.endsWith(".patch"))
  .sort()) {
  const details = getPackageDetailsFromPatchFilename(file);
  if (!details) {
    console.error(`apply-patches: cannot tell which package patches/${file} is for.`);
    process.exit(1);
  }
  if (!existsSync(join(root, details.path, "package.json"))) {
    console.log(`apply-patches: skipped ${file} (${details.pathSpecifier} is not installed)`);
    continue;
  }
  copyFileSync(join(source, file), join(present, file));
}

const result = spawnSync(
  process.execPath,
  [require.resolve("patch-package/index.js"), "--patch-dir", relative(root, present), "--error-on-fail"],
  { cwd: root, stdio: "inherit" },
);
rmSync(present, { recursive: true, force: true });
process.exit(result.status ?? 1);
