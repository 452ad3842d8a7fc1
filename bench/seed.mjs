// Bulk data for the benchmark: prepared statements inside transactions, straight into SQLite
// (through the UI or Prisma one row at a time, 5 million audit rows would take hours).
// History tables refuse UPDATE and DELETE (prisma/migrations), so this only inserts.
import Database from "better-sqlite3";

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString();
/** Fixed-width ids the app accepts as cuids (20 to 32 lower-case letters and digits). */
export const id = (kind, n, r = 0) =>
  `c${kind}${String(n).padStart(12, "0")}${String(r).padStart(2, "0")}`.padEnd(25, "0");
const pad = (prefix, n) => `${prefix}${String(n).padStart(10 - prefix.length, "0")}`;

/** A plan of ordinary size, the shape the app publishes (see tests/e2e/seed.ts). */
export function planContent(childName, parentMembershipId) {
  return {
    level: "CHILD_PROTECTION",
    category: "NEGLECT",
    initialConferenceDate: "2026-10-01",
    nextReviewDate: "2027-01-10",
    worries: [1, 2, 3].map((n) => ({
      id: pad("worry", n),
      professional: `Risk of neglect of ${childName}'s basic care needs, part ${n}, as set out at the initial child protection conference.`,
      plain: `We worry that ${childName} may not get meals, clean clothes or a safe place to sleep when things are hard at home (${n}).`,
    })),
    complicatingFactors: [
      { id: pad("factor", 1), text: "Mum has been unwell and the family has little money this winter." },
    ],
    workingWell: [1, 2].map((n) => ({
      id: pad("well", n),
      text: `Nan visits most days and ${childName} is happy at nursery (${n}).`,
    })),
    goals: [1, 2, 3].map((n) => ({
      id: pad("goal", n),
      worryId: pad("worry", n),
      text: `${childName} has three meals a day, clean clothes and a safe bed every night (${n}).`,
    })),
    actions: [1, 2, 3, 4].map((n) => ({
      id: pad("action", n),
      what: `Go to the core group meeting and check the safety plan together (${n}).`,
      whoMembershipId: n % 2 ? parentMembershipId : null,
      whoName: n % 2 ? "" : "Health visitor",
      byWhen: "2026-12-01",
      status: "NOT_STARTED",
    })),
    ifNotFollowed: "The core group meets again within a week to make the plan stronger.",
    scalingQuestion: `How safe is ${childName} at home, from 0 to 10?`,
  };
}

const ROLES = ["PARENT", "NETWORK_MEMBER", "PRACTITIONER"];

/** A rule, a commitment and a meeting per family, so every page a family sees has something on it. */
export const RULE = {
  text: "Dad does not drink when he looks after the children.",
  warningSigns: "Smelling of drink, being loud.",
  ifBroken: "Nan takes the children to hers.",
  whoToCall: "Nan, then the social worker.",
};
export const COMMITMENT = {
  kind: "VISITS",
  words: "I visit after school on Mondays and check the children had tea.",
  slots: JSON.stringify([{ day: 1, start: "15:30", end: "17:00" }]),
  startDate: "2026-11-02",
};
export const MEETING_KIND = "CORE_GROUP";
const AUDIT_ACTIONS = ["plan.view", "family.view", "plan.item.view", "network.view", "sign_in"];

/**
 * Seeds `families` families (each: a child, three people with memberships, a published plan,
 * two item views, a rule, an active commitment and a meeting next week) and `auditRows` audit rows spread over them and the last 60 days.
 * Returns the ids the benchmark signs in with.
 */
export function seed(file, { families, auditRows }) {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  const now = Date.now();
  const created = iso(now - 90 * DAY);

  const insert = {
    organisation: db.prepare(
      `INSERT INTO "Organisation" ("id","name","kind","reportLeadWorkingDays","auditRetentionDays","createdAt") VALUES (?,?,?,3,730,?)`,
    ),
    family: db.prepare(`INSERT INTO "Family" ("id","name","organisationId","createdAt") VALUES (?,?,?,?)`),
    child: db.prepare(
      `INSERT INTO "Child" ("id","familyId","firstName","dateOfBirth","createdAt") VALUES (?,?,?,?,?)`,
    ),
    person: db.prepare(
      `INSERT INTO "Person" ("id","email","name","language","organisationId","createdAt") VALUES (?,?,?,'en',?,?)`,
    ),
    membership: db.prepare(
      `INSERT INTO "Membership" ("id","familyId","personId","role","status","createdAt") VALUES (?,?,?,?,'ACTIVE',?)`,
    ),
    version: db.prepare(
      `INSERT INTO "PlanVersion" ("id","familyId","number","content","publishedById","publishedAt") VALUES (?,?,1,?,?,?)`,
    ),
    rule: db.prepare(
      `INSERT INTO "Rule" ("id","familyId","revision","createdById","createdAt") VALUES (?,?,1,?,?)`,
    ),
    ruleVersion: db.prepare(
      `INSERT INTO "RuleVersion" ("id","ruleId","familyId","number","text","warningSigns","ifBroken","whoToCall","createdById","createdAt") VALUES (?,?,?,1,?,?,?,?,?,?)`,
    ),
    rulePerson: db.prepare(
      `INSERT INTO "RulePerson" ("id","versionId","familyId","membershipId","kind") VALUES (?,?,?,?,'INVOLVED')`,
    ),
    commitment: db.prepare(
      `INSERT INTO "Commitment" ("id","familyId","membershipId","kind","words","slots","startDate","status","familyAcceptedById","familyAcceptedAt","practitionerAcceptedById","practitionerAcceptedAt","activeSince","revision","updatedById","updatedAt","createdAt") VALUES (?,?,?,?,?,?,?,'ACTIVE',?,?,?,?,?,1,?,?,?)`,
    ),
    meeting: db.prepare(
      `INSERT INTO "Meeting" ("id","familyId","kind","startsAt","endsAt","calendarUid","createdById","createdAt") VALUES (?,?,?,?,?,?,?,?)`,
    ),
    invite: db.prepare(
      `INSERT INTO "MeetingInvite" ("id","meetingId","personId","createdAt") VALUES (?,?,?,?)`,
    ),
    itemView: db.prepare(
      `INSERT INTO "ItemView" ("id","familyId","itemId","personId","stance","words","shared","version","createdAt") VALUES (?,?,?,?,?,?,1,1,?)`,
    ),
    audit: db.prepare(
      `INSERT INTO "AuditEvent" ("id","at","actorId","role","familyId","action","entity","entityId","outcome","requestId","subjectKey") VALUES (?,?,?,?,?,?,?,?,'ok',NULL,NULL)`,
    ),
  };

  const organisations = Math.max(1, Math.ceil(families / 1000));
  db.transaction(() => {
    for (let o = 0; o < organisations; o++)
      insert.organisation.run(id("org", o), `Council ${o}`, "LOCAL_AUTHORITY", created);
  })();

  const BATCH = 5000;
  for (let start = 0; start < families; start += BATCH) {
    db.transaction(() => {
      for (let f = start; f < Math.min(families, start + BATCH); f++) {
        const familyId = id("fam", f);
        const org = id("org", f % organisations);
        const child = `Child${f}`;
        insert.family.run(familyId, `Family ${f}`, org, created);
        insert.child.run(id("chi", f), familyId, child, iso(now - (200 + (f % 2000)) * DAY), created);
        for (let r = 0; r < ROLES.length; r++) {
          const personId = id("per", f, r);
          insert.person.run(
            personId,
            `person${f}_${r}@bench.example`,
            `Person ${f} ${r}`,
            r === 2 ? org : null,
            created,
          );
          insert.membership.run(id("mem", f, r), familyId, personId, ROLES[r], created);
        }
        insert.version.run(
          id("ver", f),
          familyId,
          JSON.stringify(planContent(child, id("mem", f, 0))),
          id("per", f, 2),
          iso(now - 30 * DAY),
        );
        const ruleVersion = id("rlv", f);
        insert.rule.run(id("rul", f), familyId, id("per", f, 0), created);
        insert.ruleVersion.run(
          ruleVersion,
          id("rul", f),
          familyId,
          RULE.text,
          RULE.warningSigns,
          RULE.ifBroken,
          RULE.whoToCall,
          id("per", f, 0),
          created,
        );
        insert.rulePerson.run(id("rlp", f), ruleVersion, familyId, id("mem", f, 0));
        const accepted = iso(now - 25 * DAY);
        insert.commitment.run(
          id("com", f),
          familyId,
          id("mem", f, 1),
          COMMITMENT.kind,
          COMMITMENT.words,
          COMMITMENT.slots,
          COMMITMENT.startDate,
          id("per", f, 0),
          accepted,
          id("per", f, 2),
          accepted,
          accepted,
          id("per", f, 2),
          accepted,
          iso(now - 26 * DAY),
        );
        const startsAt = now + 7 * DAY;
        insert.meeting.run(
          id("mtg", f),
          familyId,
          MEETING_KIND,
          iso(startsAt),
          iso(startsAt + 3_600_000),
          `${id("mtg", f)}@bench.example`,
          id("per", f, 2),
          created,
        );
        for (let r = 0; r < ROLES.length; r++)
          insert.invite.run(id("mti", f, r), id("mtg", f), id("per", f, r), created);
        insert.itemView.run(
          id("ivw", f, 0),
          familyId,
          pad("worry", 1),
          id("per", f, 0),
          "NOT_SURE",
          "I think we are doing better now.",
          iso(now - 20 * DAY),
        );
        insert.itemView.run(
          id("ivw", f, 1),
          familyId,
          pad("goal", 2),
          id("per", f, 1),
          "AGREE",
          "Yes, this is right.",
          iso(now - 10 * DAY),
        );
      }
    })();
  }

  // Audit rows, time ordered as the app writes them, spread over every family.
  const span = 60 * DAY;
  for (let start = 0; start < auditRows; start += 50_000) {
    db.transaction(() => {
      for (let a = start; a < Math.min(auditRows, start + 50_000); a++) {
        const f = a % families;
        const r = a % ROLES.length;
        insert.audit.run(
          id("aud", a),
          iso(now - span + Math.floor((a / auditRows) * span)),
          id("per", f, r),
          ROLES[r],
          id("fam", f),
          AUDIT_ACTIONS[a % AUDIT_ACTIONS.length],
          "PlanVersion",
          id("ver", f),
        );
      }
    })();
  }
  db.pragma("journal_mode = WAL");
  db.close();
}
