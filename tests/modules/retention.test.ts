import { describe, expect, it } from "vitest";

import { runRetention } from "~/modules/retention/retention.server";
import { loader as activityLoader } from "~/routes/families.$familyId.activity";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createPerson, makeRequest } from "../factories";

const DAY = 86_400_000;
const daysAgo = (days: number, from = Date.now()) => new Date(from - days * DAY);

describe("retention", () => {
  it("deletes what is past its keeping time and keeps the rest", async () => {
    const now = Date.now();
    const short = await createFamily();
    const long = await createFamily();
    const shortOrganisation = (
      await db.family.findUniqueOrThrow({ where: { id: short.id }, select: { organisationId: true } })
    ).organisationId;
    await db.organisation.update({ where: { id: shortOrganisation }, data: { auditRetentionDays: 90 } });
    const person = await createPerson();

    const audit = (familyId: string | null, days: number) =>
      db.auditEvent.create({
        data: { action: "plan.view", familyId, actorId: person.id, at: daysAgo(days, now) },
        select: { id: true },
      });
    const shortOld = await audit(short.id, 100);
    const shortRecent = await audit(short.id, 80);
    const longOld = await audit(long.id, 100); // its organisation keeps 730 days
    const noFamilyOld = await audit(null, 800);
    const noFamilyRecent = await audit(null, 100);

    const session = (data: { expiresAt: Date; lastSeenAt: Date; revokedAt?: Date }) =>
      db.session.create({
        data: { personId: person.id, tokenHash: `hash-${Math.random()}`, ...data },
        select: { id: true },
      });
    const expired = await session({ expiresAt: daysAgo(2, now), lastSeenAt: daysAgo(3, now) });
    const revoked = await session({
      expiresAt: new Date(now + DAY),
      lastSeenAt: daysAgo(2, now),
      revokedAt: daysAgo(2, now),
    });
    const live = await session({ expiresAt: new Date(now + DAY), lastSeenAt: new Date(now) });

    const token = (data: { expiresAt: Date; usedAt?: Date }) =>
      db.signInToken.create({
        data: { email: person.email, linkHash: `link-${Math.random()}`, codeHash: "x", ...data },
        select: { id: true },
      });
    const used = await token({ expiresAt: new Date(now + DAY), usedAt: daysAgo(2, now) });
    const lapsed = await token({ expiresAt: daysAgo(2, now) });
    const fresh = await token({ expiresAt: new Date(now + 600_000) });

    await db.rateLimit.create({ data: { key: `old-${person.id}`, count: 3, windowStart: daysAgo(1, now) } });
    await db.rateLimit.create({ data: { key: `new-${person.id}`, count: 3, windowStart: new Date(now) } });
    const oldMail = await db.outboxEmail.create({
      data: { to: person.email, subject: "s", text: "t", createdAt: daysAgo(8, now) },
      select: { id: true },
    });
    const newMail = await db.outboxEmail.create({
      data: { to: person.email, subject: "s", text: "t", createdAt: daysAgo(1, now) },
      select: { id: true },
    });
    const oldForm = await db.formSubmission.create({
      data: { id: `old-${person.id}`, createdAt: daysAgo(2, now) },
      select: { id: true },
    });
    const newForm = await db.formSubmission.create({
      data: { id: `new-${person.id}`, createdAt: new Date(now) },
      select: { id: true },
    });

    const report = await runRetention(new Date(now));
    expect(report.auditEvents).toBeGreaterThanOrEqual(2);

    const auditLeft = await db.auditEvent.findMany({ where: { actorId: person.id }, select: { id: true } });
    expect(auditLeft.map((row) => row.id).sort()).toEqual(
      [shortRecent.id, longOld.id, noFamilyRecent.id].sort(),
    );
    expect(auditLeft.map((row) => row.id)).not.toContain(shortOld.id);
    expect(auditLeft.map((row) => row.id)).not.toContain(noFamilyOld.id);

    const sessionsLeft = (
      await db.session.findMany({ where: { personId: person.id }, select: { id: true } })
    ).map((row) => row.id);
    expect(sessionsLeft).toEqual([live.id]);
    expect(sessionsLeft).not.toContain(expired.id);
    expect(sessionsLeft).not.toContain(revoked.id);

    const tokensLeft = (
      await db.signInToken.findMany({ where: { email: person.email }, select: { id: true } })
    ).map((row) => row.id);
    expect(tokensLeft).toEqual([fresh.id]);
    expect(tokensLeft).not.toContain(used.id);
    expect(tokensLeft).not.toContain(lapsed.id);

    expect(
      await db.rateLimit.findMany({ where: { key: { endsWith: person.id } }, select: { key: true } }),
    ).toEqual([{ key: `new-${person.id}` }]);
    const mailLeft = (
      await db.outboxEmail.findMany({ where: { to: person.email }, select: { id: true } })
    ).map((row) => row.id);
    expect(mailLeft).toEqual([newMail.id]);
    expect(mailLeft).not.toContain(oldMail.id);
    const formsLeft = await db.formSubmission.findMany({
      where: { id: { in: [oldForm.id, newForm.id] } },
      select: { id: true },
    });
    expect(formsLeft).toEqual([newForm]);
  });

  it("tells the family how long the record of who looked is kept", async () => {
    const family = await createFamily();
    const organisationId = (
      await db.family.findUniqueOrThrow({ where: { id: family.id }, select: { organisationId: true } })
    ).organisationId;
    await db.organisation.update({ where: { id: organisationId }, data: { auditRetentionDays: 365 } });
    const parent = family.people[0];
    const page = (await activityLoader({
      request: makeRequest(`/families/${family.id}/activity`, { cookie: await cookieFor(parent.id) }),
      params: { familyId: family.id },
      context: {},
    })) as { keptForDays: number };
    expect(page.keptForDays).toBe(365);
  });
});
