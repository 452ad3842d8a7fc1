// Small helpers for the PostgreSQL test databases (the admin connection is the server's
// maintenance database from TEST_DATABASE_URL).
import pg from "pg";

export function isPostgresUrl(url: string) {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The same server and user, another database. */
export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminClient(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** A new database copied from the run's migrated template: fast, and empty of other files' data. */
export async function createTestDatabase(adminUrl: string, template: string, name: string) {
  const admin = await adminClient(adminUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return databaseUrl(adminUrl, name);
}
