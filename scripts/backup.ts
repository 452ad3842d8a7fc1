// `npm run backup [FILE]`: a consistent backup of DATABASE_URL while the app serves (see
// app/modules/backup). Without FILE it writes a new file in BACKUP_DIR (./backups by default).
// Prints where it wrote and how big, never any row.
import { mkdirSync, statSync } from "node:fs";

import {
  backupDatabase,
  BackupError,
  backupFileName,
  databaseKind,
  describeDatabase,
} from "~/modules/backup/backup.server";

// Only the owner may read what this writes: the backup holds everything the families wrote.
process.umask(0o077);
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const directory = process.env.BACKUP_DIR ?? "backups";
let file = process.argv[2];
if (!file) {
  mkdirSync(directory, { recursive: true });
  file = backupFileName(directory, databaseKind(url));
}
try {
  await backupDatabase(url, file);
  console.log(`Backed up the ${describeDatabase(url)} to ${file} (${statSync(file).size} bytes).`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
