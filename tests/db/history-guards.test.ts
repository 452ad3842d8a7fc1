// The database itself keeps history, whatever code runs (migrations 0002 and 0003, both
// databases): a published plan version never changes, and history rows are never deleted.
import { describe, expect, it } from "vitest";

import { db } from "~/utils/db.server";

import { createFamily } from "../factories";

async function historyRows() {
  const family = await createFamily();
  const person = family.people[0];
  const familyId = family.id;
  const content = { worries: [], goals: [] };
  const version = await db.planVersion.create({
    data: { familyId, number: 1, content, publishedById: person.id },
  });
  const audit = await db.auditEvent.create({ data: { familyId, actorId: person.id, action: "test.event" } });
  const view = await db.itemView.create({
    data: { familyId, itemId: "w1", personId: person.id, stance: "AGREE", words: "Yes", version: 1 },
  });
  const score = await db.scaleScore.create({
    data: { familyId, personId: person.id, role: "PARENT", score: 6, note: "" },
  });
  const correction = await db.correctionRequest.create({
    data: { familyId, itemId: "w1", version: 1, personId: person.id, whatIsWrong: "a", shouldSay: "b" },
  });
  return { familyId, version, audit, view, score, correction };
}

const tables = [
  ["PlanVersion", "version"],
  ["AuditEvent", "audit"],
  ["ItemView", "view"],
  ["ScaleScore", "score"],
  ["CorrectionRequest", "correction"],
] as const;

describe("history the database refuses to lose", () => {
  it.each(tables)("a %s row cannot be deleted, through Prisma or plain SQL", async (table, key) => {
    const rows = await historyRows();
    const id = rows[key].id;
    const delegate = {
      PlanVersion: db.planVersion,
      AuditEvent: db.auditEvent,
      ItemView: db.itemView,
      ScaleScore: db.scaleScore,
      CorrectionRequest: db.correctionRequest,
    }[table] as unknown as {
      delete(args: object): Promise<unknown>;
      deleteMany(args: object): Promise<unknown>;
      count(args: object): Promise<number>;
    };
    // These rows have no dependants (no foreign key points at them), so only the trigger refuses.
    // Prisma words the SQLite trigger's refusal as a constraint error, so only plain SQL shows the reason.
    await expect(delegate.delete({ where: { id } })).rejects.toThrow();
    await expect(delegate.deleteMany({ where: { familyId: rows.familyId } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "id" = '${id}'`)).rejects.toThrow(
      /cannot be deleted/,
    );
    expect(await delegate.count({ where: { id } })).toBe(1);
  });

  it("an audit row older than 90 days can be deleted (the retention job), a younger one cannot", async () => {
    const person = (await historyRows()).audit.actorId as string;
    const at = (days: number) => new Date(Date.now() - days * 86_400_000);
    const old = await db.auditEvent.create({ data: { actorId: person, action: "test.old", at: at(91) } });
    const young = await db.auditEvent.create({ data: { actorId: person, action: "test.young", at: at(89) } });
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = '${young.id}'`)).rejects.toThrow(
      /cannot be deleted/,
    );
    await db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = '${old.id}'`);
    expect(await db.auditEvent.count({ where: { id: { in: [old.id, young.id] } } })).toBe(1);
  });

  it("a published plan version cannot change, even by plain SQL", async () => {
    const { version } = await historyRows();
    await expect(
      db.$executeRawUnsafe(`UPDATE "PlanVersion" SET "number" = 2 WHERE "id" = '${version.id}'`),
    ).rejects.toThrow(/cannot change/);
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: version.id } })).number).toBe(1);
  });

  it("an audit event cannot change", async () => {
    const { audit } = await historyRows();
    await expect(
      db.auditEvent.update({ where: { id: audit.id }, data: { action: "rewritten" } }),
    ).rejects.toThrow(/cannot change/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: audit.id } })).action).toBe("test.event");
  });
});
