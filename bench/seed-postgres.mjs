// The benchmark's data on PostgreSQL: the same families, people, plans, views, rules, commitments,
// meetings and audit rows as
// seed.mjs writes to SQLite (same ids), made by the server itself with generate_series, one
// multi-row INSERT … SELECT per table (audit rows a million at a time), into the tables
// `prisma migrate deploy` made. Insert only, as the history triggers require. Seeding time is not
// what the benchmark measures; ANALYZE at the end gives the planner the statistics a database in
// service would have.
import pg from "pg";

import { COMMITMENT, MEETING_KIND, planContent, RULE } from "./seed.mjs";

const ROLES = ["PARENT", "NETWORK_MEMBER", "PRACTITIONER"];
const AUDIT_ACTIONS = ["plan.view", "family.view", "plan.item.view", "network.view", "sign_in"];

/** seed.mjs's id(kind, n, r) in SQL: "c" + kind + n (12 digits) + r (2 digits), padded to 25 with 0. */
const sqlId = (kind, n, r = "0") =>
  `rpad('c${kind}' || lpad((${n})::text, 12, '0') || lpad((${r})::text, 2, '0'), 25, '0')`;
const textArray = (values) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

/** Seeds `families` families and `auditRows` audit rows into the database at `url`. */
export async function seedPostgres(url, { families, auditRows }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const now = Date.now();
    const DAY = 86_400_000;
    // timestamp(3) columns hold UTC; an ISO string cast to timestamp keeps its clock time.
    const at = (ms) => new Date(ms).toISOString();
    const organisations = Math.max(1, Math.ceil(families / 1000));
    const last = families - 1;
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Organisation" ("id","name","kind","reportLeadWorkingDays","auditRetentionDays","createdAt")
       SELECT ${sqlId("org", "o")}, 'Council ' || o, 'LOCAL_AUTHORITY', 3, 730, $1::timestamp
       FROM generate_series(0, $2::int - 1) o`,
      [at(now - 90 * DAY), organisations],
    );
    await client.query(
      `INSERT INTO "Family" ("id","name","organisationId","createdAt")
       SELECT ${sqlId("fam", "f")}, 'Family ' || f, ${sqlId("org", `f % ${organisations}`)}, $1::timestamp
       FROM generate_series(0, $2::int) f`,
      [at(now - 90 * DAY), last],
    );
    await client.query(
      `INSERT INTO "Child" ("id","familyId","firstName","dateOfBirth","createdAt")
       SELECT ${sqlId("chi", "f")}, ${sqlId("fam", "f")}, 'Child' || f,
              $1::timestamp - make_interval(days => 200 + f % 2000), $2::timestamp
       FROM generate_series(0, $3::int) f`,
      [at(now), at(now - 90 * DAY), last],
    );
    await client.query(
      `INSERT INTO "Person" ("id","email","name","language","organisationId","createdAt")
       SELECT ${sqlId("per", "f", "r")}, 'person' || f || '_' || r || '@bench.example', 'Person ' || f || ' ' || r,
              'en', CASE WHEN r = 2 THEN ${sqlId("org", `f % ${organisations}`)} END, $1::timestamp
       FROM generate_series(0, $2::int) f, generate_series(0, 2) r`,
      [at(now - 90 * DAY), last],
    );
    await client.query(
      `INSERT INTO "Membership" ("id","familyId","personId","role","status","createdAt")
       SELECT ${sqlId("mem", "f", "r")}, ${sqlId("fam", "f")}, ${sqlId("per", "f", "r")},
              (${textArray(ROLES)})[r + 1]::"FamilyRole", 'ACTIVE', $1::timestamp
       FROM generate_series(0, $2::int) f, generate_series(0, 2) r`,
      [at(now - 90 * DAY), last],
    );
    // One plan text with stand-ins for the child's name and the parent's membership.
    const template = JSON.stringify(planContent("@@CHILD@@", "@@MEMBER@@"));
    await client.query(
      `INSERT INTO "PlanVersion" ("id","familyId","number","content","publishedById","publishedAt")
       SELECT ${sqlId("ver", "f")}, ${sqlId("fam", "f")}, 1,
              replace(replace($1::text, '@@CHILD@@', 'Child' || f), '@@MEMBER@@', ${sqlId("mem", "f", "0")})::jsonb,
              ${sqlId("per", "f", "2")}, $2::timestamp
       FROM generate_series(0, $3::int) f`,
      [template, at(now - 30 * DAY), last],
    );
    await client.query(
      `INSERT INTO "ItemView" ("id","familyId","itemId","personId","stance","words","shared","version","createdAt")
       SELECT ${sqlId("ivw", "f", "0")}, ${sqlId("fam", "f")}, 'worry00001', ${sqlId("per", "f", "0")},
              'NOT_SURE'::"Stance", 'I think we are doing better now.', true, 1, $1::timestamp
       FROM generate_series(0, $3::int) f
       UNION ALL
       SELECT ${sqlId("ivw", "f", "1")}, ${sqlId("fam", "f")}, 'goal000002', ${sqlId("per", "f", "1")},
              'AGREE'::"Stance", 'Yes, this is right.', true, 1, $2::timestamp
       FROM generate_series(0, $3::int) f`,
      [at(now - 20 * DAY), at(now - 10 * DAY), last],
    );
    await client.query(
      `INSERT INTO "Rule" ("id","familyId","revision","createdById","createdAt")
       SELECT ${sqlId("rul", "f")}, ${sqlId("fam", "f")}, 1, ${sqlId("per", "f", "0")}, $1::timestamp
       FROM generate_series(0, $2::int) f`,
      [at(now - 90 * DAY), last],
    );
    await client.query(
      `INSERT INTO "RuleVersion" ("id","ruleId","familyId","number","text","warningSigns","ifBroken","whoToCall","createdById","createdAt")
       SELECT ${sqlId("rlv", "f")}, ${sqlId("rul", "f")}, ${sqlId("fam", "f")}, 1, $1::text, $2::text, $3::text, $4::text, ${sqlId("per", "f", "0")}, $5::timestamp
       FROM generate_series(0, $6::int) f`,
      [RULE.text, RULE.warningSigns, RULE.ifBroken, RULE.whoToCall, at(now - 90 * DAY), last],
    );
    await client.query(
      `INSERT INTO "RulePerson" ("id","versionId","familyId","membershipId","kind")
       SELECT ${sqlId("rlp", "f")}, ${sqlId("rlv", "f")}, ${sqlId("fam", "f")}, ${sqlId("mem", "f", "0")}, 'INVOLVED'::"RulePersonKind"
       FROM generate_series(0, $1::int) f`,
      [last],
    );
    await client.query(
      `INSERT INTO "Commitment" ("id","familyId","membershipId","kind","words","slots","startDate","status",
         "familyAcceptedById","familyAcceptedAt","practitionerAcceptedById","practitionerAcceptedAt","activeSince",
         "revision","updatedById","updatedAt","createdAt")
       SELECT ${sqlId("com", "f")}, ${sqlId("fam", "f")}, ${sqlId("mem", "f", "1")}, $1::"CommitmentKind", $2::text, $3::text, $4::text, 'ACTIVE'::"CommitmentStatus",
              ${sqlId("per", "f", "0")}, $5::timestamp, ${sqlId("per", "f", "2")}, $5::timestamp, $5::timestamp,
              1, ${sqlId("per", "f", "2")}, $5::timestamp, $6::timestamp
       FROM generate_series(0, $7::int) f`,
      [
        COMMITMENT.kind,
        COMMITMENT.words,
        COMMITMENT.slots,
        COMMITMENT.startDate,
        at(now - 25 * DAY),
        at(now - 26 * DAY),
        last,
      ],
    );
    await client.query(
      `INSERT INTO "Meeting" ("id","familyId","kind","startsAt","endsAt","calendarUid","createdById","createdAt")
       SELECT ${sqlId("mtg", "f")}, ${sqlId("fam", "f")}, $1::"MeetingKind", $2::timestamp, $3::timestamp,
              ${sqlId("mtg", "f")} || '@bench.example', ${sqlId("per", "f", "2")}, $4::timestamp
       FROM generate_series(0, $5::int) f`,
      [MEETING_KIND, at(now + 7 * DAY), at(now + 7 * DAY + 3_600_000), at(now - 90 * DAY), last],
    );
    await client.query(
      `INSERT INTO "MeetingInvite" ("id","meetingId","personId","createdAt")
       SELECT ${sqlId("mti", "f", "r")}, ${sqlId("mtg", "f")}, ${sqlId("per", "f", "r")}, $1::timestamp
       FROM generate_series(0, $2::int) f, generate_series(0, 2) r`,
      [at(now - 90 * DAY), last],
    );
    await client.query("COMMIT");

    // Audit rows, time ordered as the app writes them, spread over every family and 60 days.
    const CHUNK = 1_000_000;
    for (let start = 0; start < auditRows; start += CHUNK) {
      await client.query(
        `INSERT INTO "AuditEvent" ("id","at","actorId","role","familyId","action","entity","entityId","outcome")
         SELECT ${sqlId("aud", "a")},
                $1::timestamp + floor(a::float8 / $4 * $5) * interval '1 millisecond',
                ${sqlId("per", `a % ${families}`, "a % 3")},
                (${textArray(ROLES)})[a % 3 + 1]::"FamilyRole",
                ${sqlId("fam", `a % ${families}`)},
                (${textArray(AUDIT_ACTIONS)})[a % 5 + 1],
                'PlanVersion', ${sqlId("ver", `a % ${families}`)}, 'ok'
         FROM generate_series($2::bigint, $3::bigint) a`,
        [at(now - 60 * DAY), start, Math.min(auditRows, start + CHUNK) - 1, auditRows, 60 * DAY],
      );
    }
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
