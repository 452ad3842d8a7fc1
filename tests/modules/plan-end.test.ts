import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { endPlan, readPlanEnd, restartPlan } from "~/modules/family/plan-end.server";
import { familyPaperFileNames } from "~/modules/meetings/paper-files.server";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import { deleteEndedFamilies, familyTableNames } from "~/modules/retention/family-deletion.server";
import { runRetention } from "~/modules/retention/retention.server";
import { action as planEndAction, loader as planEndLoader } from "~/routes/families.$familyId.plan-end";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

import { accessOf, cookieFor, createFamily, makeRequest } from "../factories";
import { createFamilyWithEverything } from "../fixtures/family-with-everything";
import { outcomeOf } from "../setup/matchers";

const DAY = 86_400_000;
const later = (from: Date, days: number) => new Date(from.getTime() + days * DAY);
const endRequest = () => makeRequest("/families/x/plan-end", { method: "POST" });

async function familyOf() {
  const family = await createFamily();
  const [parent, practitioner] = family.people;
  return { family, parent, practitioner };
}

async function guard(personId: string, familyId: string, entity: string, action: string, method = "GET") {
  const cookie = await cookieFor(personId);
  const request = makeRequest(`/families/${familyId}`, {
    cookie,
    method,
    form: method === "POST" ? {} : undefined,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return outcomeOf(() => requireFamilyPermission(request, familyId, entity as any, action as any));
}

describe("a plan ends", () => {
  it("ends with a reason for the organisation's read-only days, once, and is audited", async () => {
    const { family, practitioner } = await familyOf();
    const organisation = await db.family.findUniqueOrThrow({
      where: { id: family.id },
      select: { organisationId: true },
    });
    await db.organisation.update({
      where: { id: organisation.organisationId },
      data: { planEndReadOnlyDays: 30 },
    });
    const now = new Date("2026-12-01T10:00:00Z");

    const ended = await endPlan({
      access: accessOf(family, practitioner),
      reason: "CHILD_IN_NEED",
      request: endRequest(),
      now,
    });
    expect(ended).toEqual({ ok: true, accessEndsAt: later(now, 30) });
    expect(await readPlanEnd(family.id)).toEqual({
      endedAt: now,
      reason: "CHILD_IN_NEED",
      accessEndsAt: later(now, 30),
    });
    const again = await endPlan({
      access: accessOf(family, practitioner),
      reason: "NOT_NEEDED",
      request: endRequest(),
      now,
    });
    expect(again).toEqual({ ok: false, error: "already-ended" });
    const audit = await db.auditEvent.findMany({ where: { familyId: family.id, action: "plan.end" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: practitioner.id,
      role: "PRACTITIONER",
      entityId: "CHILD_IN_NEED",
    });
  });

  it("turns the space read-only at the guard: reading is left, every write is refused", async () => {
    const { family, parent, practitioner } = await familyOf();
    await endPlan({ access: accessOf(family, practitioner), reason: "NOT_NEEDED", request: endRequest() });

    const read = await guard(parent.id, family.id, "plan", "view");
    expect(read.status).toBe(200);
    expect(read.data).toMatchObject({ readOnly: true, planEnded: { accessEndsAt: expect.any(Date) } });

    for (const [who, entity, action, method] of [
      [parent.id, "rules", "propose", "GET"],
      [parent.id, "rules", "propose", "POST"],
      [parent.id, "commitments", "offer", "POST"],
      // A post naming only a read right is a write too.
      [parent.id, "network", "view", "POST"],
      [practitioner.id, "plan", "publish", "POST"],
      [practitioner.id, "meetings", "schedule", "POST"],
    ] as const) {
      const refused = await guard(who, family.id, entity, action, method);
      expect(refused.status, `${entity}.${action} ${method}`).toBe(403);
      expect(refused.data).toEqual({ reason: "read-only" });
    }
    // A page of several forms is refused by the same guard, whatever its intent.
    const cookie = await cookieFor(parent.id);
    const form = new URLSearchParams({ intent: "answer" });
    const intent = await outcomeOf(() =>
      requireIntentPermission(
        makeRequest(`/families/${family.id}/rules/x`, { cookie, method: "POST" }),
        family.id,
        "rule",
        form,
      ),
    );
    expect(intent.status).toBe(403);
    expect(intent.data).toEqual({ reason: "read-only" });
    // The social worker may still restart the plan; a parent still has no such right.
    expect((await guard(practitioner.id, family.id, "plan", "end", "POST")).status).toBe(200);
    expect((await guard(parent.id, family.id, "plan", "end", "POST")).status).toBe(403);
    const refusals = await db.auditEvent.count({ where: { familyId: family.id, outcome: "denied" } });
    expect(refusals).toBeGreaterThanOrEqual(7);
  });

  it("takes everyone's access away once the read-only days are over: 404, as for a stranger", async () => {
    const { family, parent, practitioner } = await familyOf();
    const now = new Date();
    await endPlan({
      access: accessOf(family, practitioner),
      reason: "MOVED_COUNCIL",
      request: endRequest(),
      now: later(now, -91),
    });
    expect((await guard(parent.id, family.id, "plan", "view")).status).toBe(404);
    expect((await guard(practitioner.id, family.id, "family", "view")).status).toBe(404);
    expect((await guard(practitioner.id, family.id, "plan", "end", "POST")).status).toBe(404);
    // Too late to restart.
    const restart = await restartPlan({ access: accessOf(family, practitioner), request: endRequest(), now });
    expect(restart).toEqual({ ok: false, error: "too-late" });
  });

  it("restarts within the read-only days: the same space, the family writes again, audited", async () => {
    const { family, parent, practitioner } = await familyOf();
    await endPlan({
      access: accessOf(family, practitioner),
      reason: "CARE_PROCEEDINGS",
      request: endRequest(),
    });
    expect((await guard(parent.id, family.id, "rules", "propose", "POST")).status).toBe(403);

    expect(await restartPlan({ access: accessOf(family, practitioner), request: endRequest() })).toEqual({
      ok: true,
    });
    expect(await readPlanEnd(family.id)).toBeNull();
    const write = await guard(parent.id, family.id, "rules", "propose", "POST");
    expect(write.status).toBe(200);
    expect(write.data).toMatchObject({ familyId: family.id, readOnly: false });
    expect(await db.auditEvent.count({ where: { familyId: family.id, action: "plan.restart" } })).toBe(1);
    expect(await restartPlan({ access: accessOf(family, practitioner), request: endRequest() })).toEqual({
      ok: false,
      error: "not-ended",
    });
  });
});

// The models with a familyId column, read from the schema itself, so a new one is not missed.
const modelsWithFamily = [
  ...readFileSync("prisma/models.prisma", "utf8").matchAll(/^model (\w+) \{([^}]*)\}/gm),
]
  .filter(([, , body]) => /^\s+familyId\s/m.test(body))
  .map(([, name]) => name)
  .filter((name) => name !== "FamilyDeletion");

describe("deleting an ended family", () => {
  it("lists every table that holds a family's rows", () => {
    expect(modelsWithFamily.length).toBeGreaterThan(25);
    for (const name of modelsWithFamily) expect(familyTableNames).toContain(name);
  });

  it("waits for the read-only and retention days, then deletes everything and leaves only counts", async () => {
    const everything = await createFamilyWithEverything({ marker: "Quenelle" });
    const other = await createFamilyWithEverything({ marker: "Zanfona" });
    const familyId = everything.id;
    const { organisationId } = await db.family.findUniqueOrThrow({
      where: { id: familyId },
      select: { organisationId: true },
    });
    await db.organisation.update({
      where: { id: organisationId },
      data: { planEndReadOnlyDays: 90, auditRetentionDays: 365 },
    });
    const now = new Date();
    await endPlan({
      access: everything.accessFor(everything.people.practitioner),
      reason: "NOT_NEEDED",
      request: endRequest(),
      now,
    });

    // Read-only, then no access, but kept until the retention days have passed too. (The retention
    // job's family step, fast-forwarded: its audit step refuses a future clock, as the database does.)
    expect(await deleteEndedFamilies(later(now, 89))).toEqual([]);
    expect(await deleteEndedFamilies(later(now, 90 + 364))).toEqual([]);
    expect(await db.family.count({ where: { id: familyId } })).toBe(1);

    const paperFiles = await familyPaperFileNames(familyId);
    expect(paperFiles).toHaveLength(1);
    // What was decided at the meeting, and the parent's answer to it, are there until the deletion.
    expect(await db.meetingOutcome.count({ where: { meetingId: everything.ids.meeting } })).toBe(1);
    expect(await db.meetingOutcomeAnswer.count({ where: { meetingId: everything.ids.meeting } })).toBe(1);
    const storedFile = path.join(getEnv().PAPERS_DIR, paperFiles[0]!);
    expect(existsSync(storedFile)).toBe(true);

    expect(await db.paperSectionMark.count({ where: { sectionId: everything.ids.section } })).toBe(2);
    const reports = await deleteEndedFamilies(later(now, 90 + 366));
    expect(reports.map((report) => report.familyId)).toEqual([familyId]);

    for (const name of modelsWithFamily) {
      const delegate = (db as unknown as Record<string, { count(args: object): Promise<number> }>)[
        name[0].toLowerCase() + name.slice(1)
      ];
      expect(await delegate.count({ where: { familyId } }), name).toBe(0);
    }
    expect(await db.family.count({ where: { id: familyId } })).toBe(0);
    expect(await db.meetingChange.count({ where: { meetingId: everything.ids.meeting } })).toBe(0);
    expect(await db.meetingPaperMark.count({ where: { paperId: everything.ids.paper } })).toBe(0);
    expect(await db.meetingOutcome.count({ where: { meetingId: everything.ids.meeting } })).toBe(0);
    expect(await db.meetingOutcomeAnswer.count({ where: { meetingId: everything.ids.meeting } })).toBe(0);
    // The paper's sections, their versions and the family's marks on them go too.
    expect(await db.paperSection.count({ where: { paperId: everything.ids.paper } })).toBe(0);
    expect(await db.paperSectionVersion.count({ where: { sectionId: everything.ids.section } })).toBe(0);
    expect(await db.paperSectionMark.count({ where: { sectionId: everything.ids.section } })).toBe(0);
    // The uploaded PDF is gone from disk as well as from the database.
    expect(await db.meetingPaperFile.count({ where: { storedName: paperFiles[0]! } })).toBe(0);
    expect(existsSync(storedFile)).toBe(false);

    const deletion = await db.familyDeletion.findUniqueOrThrow({ where: { familyId } });
    expect(deletion).toMatchObject({ organisationId, reason: "NOT_NEEDED", planEndedAt: now });
    const counts = JSON.parse(deletion.counts) as Record<string, number>;
    expect(counts).toMatchObject({
      Family: 1,
      Membership: 6,
      Rule: 1,
      Meeting: 1,
      PlanVersion: 2,
      MeetingOutcome: 1,
      MeetingOutcomeAnswer: 1,
    });
    // Counts only: none of the family's words or names.
    for (const secret of everything.secrets) expect(deletion.counts).not.toContain(secret);
    expect(await db.auditEvent.count({ where: { action: "family.delete", entityId: deletion.id } })).toBe(1);

    // The other family is untouched.
    expect(await db.family.count({ where: { id: other.id } })).toBe(1);
    expect(await db.rule.count({ where: { familyId: other.id } })).toBe(1);
  });

  it("still refuses a plain delete of history rows, and a deletion record for a live plan", async () => {
    const everything = await createFamilyWithEverything({ marker: "Pomander" });
    const familyId = everything.id;
    await expect(db.ruleVersion.deleteMany({ where: { familyId } })).rejects.toThrow();
    await expect(
      db.meetingChange.deleteMany({ where: { meetingId: everything.ids.meeting } }),
    ).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({ where: { familyId } })).rejects.toThrow();
    // A section's words and the family's marks on it are history too.
    await expect(
      db.paperSectionVersion.deleteMany({ where: { sectionId: everything.ids.section } }),
    ).rejects.toThrow();
    await expect(
      db.paperSectionVersion.updateMany({
        where: { sectionId: everything.ids.section },
        data: { plainWords: "rewritten" },
      }),
    ).rejects.toThrow();
    await expect(
      db.paperSectionMark.deleteMany({ where: { sectionId: everything.ids.section } }),
    ).rejects.toThrow();
    // No deletion record for a family whose plan goes on.
    await expect(
      db.familyDeletion.create({
        data: { familyId, organisationId: "x", reason: "NOT_NEEDED", planEndedAt: new Date() },
      }),
    ).rejects.toThrow();

    // Ended, but with no deletion record the history still stays.
    await endPlan({
      access: everything.accessFor(everything.people.practitioner),
      reason: "NOT_NEEDED",
      request: endRequest(),
    });
    await expect(db.planVersion.deleteMany({ where: { familyId } })).rejects.toThrow();
    await expect(db.commitmentCheckIn.deleteMany({ where: { familyId } })).rejects.toThrow();
    expect(await db.ruleVersion.count({ where: { familyId } })).toBeGreaterThan(0);

    // Another family's deletion record opens nothing here.
    const gone = await createFamily();
    await endPlan({
      access: accessOf(gone, gone.people[1]),
      reason: "NOT_NEEDED",
      request: endRequest(),
      now: later(new Date(), -1000),
    });
    expect((await runRetention()).families).toBeGreaterThanOrEqual(1);
    await expect(db.ruleVersion.deleteMany({ where: { familyId } })).rejects.toThrow();
    // And the record itself is history.
    const record = await db.familyDeletion.findUniqueOrThrow({ where: { familyId: gone.id } });
    await expect(db.familyDeletion.delete({ where: { id: record.id } })).rejects.toThrow();
    await expect(
      db.familyDeletion.update({ where: { id: record.id }, data: { counts: "{}" } }),
    ).rejects.toThrow();
  });
});

describe("the plan end page", () => {
  const post = async (personId: string, familyId: string, form: Record<string, string>) => {
    const cookie = await cookieFor(personId);
    return outcomeOf(() =>
      planEndAction({
        request: makeRequest(`/families/${familyId}/plan-end`, { method: "POST", cookie, form }),
        params: { familyId },
        context: {},
      }),
    );
  };

  it("is the social worker's only: a parent gets 403 and cannot end the plan", async () => {
    const { family, parent } = await familyOf();
    const cookie = await cookieFor(parent.id);
    await expect(
      planEndLoader({
        request: makeRequest(`/families/${family.id}/plan-end`, { cookie }),
        params: { familyId: family.id },
        context: {},
      }),
    ).toHaveStatus(403);
    expect(await post(parent.id, family.id, { intent: "end", reason: "NOT_NEEDED" })).toHaveStatus(403);
    expect(await readPlanEnd(family.id)).toBeNull();
  });

  it("asks for a reason, ends the plan, and restarts it", async () => {
    const { family, practitioner } = await familyOf();
    expect(await post(practitioner.id, family.id, { intent: "end" })).toRefuseWith({
      reason: "planEnd.reason.required",
    });
    expect(await post(practitioner.id, family.id, { intent: "end", reason: "MOVED_COUNCIL" })).toRedirectTo(
      `/families/${family.id}`,
    );
    expect((await readPlanEnd(family.id))?.reason).toBe("MOVED_COUNCIL");
    expect(await post(practitioner.id, family.id, { intent: "restart" })).toRedirectTo(
      `/families/${family.id}`,
    );
    expect(await readPlanEnd(family.id)).toBeNull();
  });
});
