// `npm run restore FILE`: puts a backup from `npm run backup` into the EMPTY database DATABASE_URL
// names, and refuses any database that holds anything. Prints table counts, never any row.
import {
  BackupError,
  describeDatabase,
  restoreDatabase,
  tableSummaries,
} from "~/modules/backup/backup.server";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const file = process.argv[2];
if (!file) {
  console.error("Say which backup to restore: npm run restore -- FILE");
  process.exit(1);
}
try {
  await restoreDatabase(url, file);
  const summaries = await tableSummaries(url);
  const rows = Object.values(summaries).reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Restored ${file} into the ${describeDatabase(url)}: ${Object.keys(summaries).length} tables, ${rows} rows.`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
