import { Prisma } from "~/generated/sqlite/client";
import { isLanguage } from "~/i18n";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueJob } from "~/modules/jobs/jobs.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db, readRows } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

export type ReportInput = { kind: "BROKEN" | "WARNING_SIGN"; whatHappened: string; happenedOn: string; happenedAt: string };

/**
 * "A rule was broken" or "a warning sign was seen". Kept for good (the database refuses to
 * delete it). The practitioners and the rule's checkers each get a job that sends a discreet
 * email, off the request path; the email says nothing about the case.
 */
export async function createReport({ access, ruleId, versionNumber, input, request }: { access: FamilyAccess; ruleId: string; versionNumber: number; input: ReportInput; request: Request }) {
  const { familyId } = access;
  const report = await db.ruleReport.create({
    data: { ruleId, familyId, versionNumber, ...input, reporterId: access.person.id },
    select: { id: true },
  });
  await recordAudit({ request, action: "rules.report", actorId: access.person.id, role: access.role, familyId, entity: "ruleReport", entityId: report.id });
  for (const personId of await whoHearsOfReport({ familyId, ruleId, versionNumber })) {
    if (personId !== access.person.id) await enqueueJob("new-message-notice", { personId });
  }
  return report.id;
}

/** The family's active practitioners and the active checkers the rule's current version names. */
async function whoHearsOfReport({ familyId, ruleId, versionNumber }: { familyId: string; ruleId: string; versionNumber: number }) {
  const version = await db.ruleVersion.findUniqueOrThrow({ where: { ruleId_number: { ruleId, number: versionNumber } }, select: { id: true } });
  const checkers = await db.rulePerson.findMany({ where: { versionId: version.id, kind: "CHECKER" }, select: { membershipId: true } });
  const members = await db.membership.findMany({
    where: { familyId, status: "ACTIVE", OR: [{ role: "PRACTITIONER" }, { id: { in: checkers.map((row) => row.membershipId) } }] },
    select: { personId: true },
  });
  return [...new Set(members.map((member) => member.personId))];
}

/** The job: "You have a new message in Safety Circle", in the person's language, and a link to sign in. */
export async function deliverNewMessageNotice({ personId }: { personId: string }): Promise<void> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { email: true, language: true } });
  if (!person) return;
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "rules");
  await sendMail({ to: person.email, subject: t("email.subject"), text: t("email.body", { url: new URL("/sign-in", getEnv().APP_URL).toString() }) });
}

const reportSelect = {
  id: true,
  ruleId: true,
  versionNumber: true,
  kind: true,
  whatHappened: true,
  happenedOn: true,
  happenedAt: true,
  reporterId: true,
  createdAt: true,
} as const;

/** Rules whose current version names this member as a checker. */
async function rulesIcheck(access: FamilyAccess) {
  const rows = await readRows<{ ruleId: string }>(Prisma.sql`
    SELECT r."id" AS "ruleId" FROM "Rule" r
    JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
    JOIN "RulePerson" p ON p."versionId" = v."id" AND p."kind" = 'CHECKER' AND p."membershipId" = ${access.membershipId}
    WHERE r."familyId" = ${access.familyId}`);
  return rows.map((row) => row.ruleId);
}

/**
 * Who may read a report: the practitioner, the person who made it, and the checkers the
 * rule names now. The adults in these families are not always safe with each other, so a
 * report is not shown to everyone in the family.
 */
async function reportWhere(access: FamilyAccess) {
  if (can(access.role, "rules", "recordOutcome")) return { familyId: access.familyId };
  return { familyId: access.familyId, OR: [{ reporterId: access.person.id }, { ruleId: { in: await rulesIcheck(access) } }] };
}

/** The reports this member may read, newest first, with what happened next. */
export async function listReports({ access, ruleId }: { access: FamilyAccess; ruleId?: string }) {
  const where = await reportWhere(access);
  const reports = await db.ruleReport.findMany({ where: { ...where, ...(ruleId ? { ruleId } : {}) }, select: reportSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const followUps = reports.length
    ? await db.ruleReportFollowUp.findMany({ where: { reportId: { in: reports.map((report) => report.id) } }, select: { reportId: true }, orderBy: { createdAt: "asc" } })
    : [];
  return reports.map((report) => ({ ...report, followUps: followUps.filter((row) => row.reportId === report.id).length }));
}

/** One report this member may read, with its follow-ups, or null (not there, or not theirs to read). */
export async function getReport({ access, reportId }: { access: FamilyAccess; reportId: string }) {
  const where = await reportWhere(access);
  const report = await db.ruleReport.findFirst({ where: { ...where, id: reportId }, select: reportSelect });
  if (!report) return null;
  const followUps = await db.ruleReportFollowUp.findMany({
    where: { reportId, familyId: access.familyId },
    select: { id: true, personId: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { ...report, followUps };
}

export async function addFollowUp({ access, reportId, text, request }: { access: FamilyAccess; reportId: string; text: string; request: Request }) {
  await db.ruleReportFollowUp.create({ data: { reportId, familyId: access.familyId, personId: access.person.id, text } });
  await recordAudit({ request, action: "rules.report.followUp", actorId: access.person.id, role: access.role, familyId: access.familyId, entity: "ruleReport", entityId: reportId });
}

/** What to do now, from the family's organisation: the social work team's and the out-of-hours numbers. */
export async function whatToDoNumbers({ familyId }: { familyId: string }) {
  const family = await db.family.findUniqueOrThrow({ where: { id: familyId }, select: { organisation: { select: { name: true, socialWorkPhone: true, outOfHoursPhone: true } } } });
  return family.organisation;
}
