// Loaded only by the benchmark (`node --import ./bench/count-sql.mjs server.js`), never in
// production: counts the SQL statements the server runs, by wrapping better-sqlite3's statement runs
// and exec, and node-postgres's Client.prototype.query (every pooled connection of Prisma's
// PostgreSQL adapter sends through it), in this process. The benchmark asks for the counts over
// the IPC channel it opened.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Database = require("better-sqlite3");
const pg = require("pg");

// Off until asked: a load run must not grow this list.
let counting = false;
let statements = [];
// The app keeps statements prepared (app/utils/sqlite-statement-cache.server.ts), so count
// each run of a statement, not each prepare.
const probe = new Database(":memory:");
const statementPrototype = Object.getPrototypeOf(probe.prepare("SELECT 1"));
probe.close();
for (const method of ["run", "get", "all", "iterate"]) {
  const original = statementPrototype[method];
  statementPrototype[method] = function (...args) {
    if (counting) statements.push(String(this.source).trim());
    return original.apply(this, args);
  };
}
const exec = Database.prototype.exec;
Database.prototype.exec = function (sql, ...rest) {
  if (counting) statements.push(String(sql).trim());
  return exec.call(this, sql, ...rest);
};

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  if (counting) statements.push(String(typeof config === "string" ? config : config?.text).trim());
  return query.call(this, config, ...rest);
};

process.on("message", (message) => {
  if (message === "sql:start") {
    statements = [];
    counting = true;
    process.send?.({ type: "sql:start" });
  } else if (message === "sql:read") {
    counting = false;
    process.send?.({ type: "sql:read", statements });
  }
});
