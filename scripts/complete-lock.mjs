// This registry lacks some platform-only optional packages (@tailwindcss/oxide-*, @rollup/rollup-*).
// `npm install` drops them from package-lock.json and `npm ci` then calls the lock out of sync.
// This adds a stub entry for each missing one; npm ci skips them as the wrong platform.
// Run `npm run lock:complete` after any dependency change.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
const osNames = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openbsd",
  "sunos",
  "win32",
  "openharmony",
  "aix",
  "netbsd",
];
const cpuNames = [
  "arm64",
  "x64",
  "ia32",
  "arm",
  "riscv64",
  "ppc64",
  "s390x",
  "loong64",
  "wasm32",
  "mips64el",
];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => osNames.includes(part)) ?? (parts.includes("win32") ? "win32" : undefined);
  const cpu = parts.find((part) => cpuNames.includes(part));
  const libc = parts.includes("musl")
    ? "musl"
    : parts.includes("gnu") || parts.includes("gnueabihf")
      ? "glibc"
      : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === "" ? "" : `${path}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    const stub = { version: spec.replace(/^[\^~=]/, ""), optional: true };
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (libc) stub.libc = [libc];
    packages[`node_modules/${name}`] = stub;
    added += 1;
  }
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`lock:complete added ${added} platform stub(s)`);
