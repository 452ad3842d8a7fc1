// Drops and creates the database DATABASE_URL names, through the server's maintenance database,
// so the PostgreSQL smoke run starts empty every time.
import pg from "pg";

const target = new URL(process.env.DATABASE_URL ?? "");
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^sc_e2e_\w+$/.test(name)) throw new Error("refusing to recreate a database not named sc_e2e_*");
const maintenance = new URL(target);
maintenance.pathname = "/postgres";
const client = new pg.Client({ connectionString: maintenance.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
