// Compresses the built browser assets once, at build time, at the highest settings (brotli 11,
// gzip 9): server.js serves the .br or .gz file as it is, so no request pays for compression.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = "public/build";
const compressible = /\.(js|css|json|svg|txt|map)$/;

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(folder, entry.name))
      : compressible.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

let count = 0;
for (const file of files(dir)) {
  const source = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
  count++;
}
if (count === 0) {
  console.error(`No assets found in ${dir}: run the Remix build first.`);
  process.exit(1);
}
console.log(`Compressed ${count} assets (brotli and gzip).`);
