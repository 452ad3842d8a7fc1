// Families use cheap phones on pay-as-you-go data: keep the browser bundle small. These check
// the built files (sizes, not timings), so they are steady on a noisy machine.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "./helpers";


const buildDir = "public/build";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".js") ? [join(dir, entry.name)] : [],
  );
}

test("no server-only library reaches the browser", () => {
  for (const file of files(buildDir)) {
    const text = readFileSync(file, "utf8");
    expect(text, file).not.toContain("ZodError");
    expect(text, file).not.toContain("PrismaClient");
    expect(text, file).not.toContain("nodemailer");
  }
});

test("the JavaScript every page loads stays under 120 kB gzipped", () => {
  const always = files(buildDir).filter((file) => /(entry\.client|root)-|_shared\//.test(file));
  const total = always.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  test.info().annotations.push({ type: "shared JavaScript", description: `${(total / 1024).toFixed(1)} kB gzipped` });
  expect(total).toBeLessThan(120 * 1024);
});
