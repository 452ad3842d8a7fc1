import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { isLanguage } from "~/i18n";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { notify } from "~/modules/notices/notices.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { reportWhere } from "~/modules/rules/report-access";
import { holdRule, type Tx } from "~/modules/rules/rules.server";
import { db, readRows } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";
import { column } from "~/utils/rows.server";

export type ReportInput = {
  kind: "BROKEN" | "WARNING_SIGN";
  whatHappened: string;
  happenedOn: string;
  happenedAt: string;
};

/**
 * "A rule was broken" or "a warning sign was seen". Kept for good (the database refuses to
 * delete it). Who may read it is decided now and stored with it (see reportReaders); each
 * reader but the reporter gets a job that sends a discreet email, off the request path; the
 * email says nothing about the case. Null when the rule ended meanwhile.
 */
export async function createReport({
  access,
  ruleId,
  input,
  request,
}: {
  access: FamilyAccess;
  ruleId: string;
  input: ReportInput;
  request: Request;
}) {
  const { familyId } = access;
  const made = await db.$transaction(async (tx) => {
    // Held, so an end or a change of the rule racing this report waits for it.
    if (!(await holdRule(tx, { familyId, ruleId }))) return null;
    const rule = await tx.rule.findUniqueOrThrow({
      where: { id: ruleId },
      select: { revision: true, agreedRevision: true },
    });
    const readers = await reportReaders(tx, {
      familyId,
      ruleId,
      revision: rule.revision,
      agreedRevision: rule.agreedRevision,
      reporterId: access.person.id,
    });
    const report = await tx.ruleReport.create({
      data: {
        ruleId,
        familyId,
        versionNumber: rule.revision,
        ...input,
        reporterId: access.person.id,
        readers: { create: readers.map((personId) => ({ personId, familyId })) },
      },
      select: { id: true },
    });
    return { id: report.id, readers };
  });
  if (!made) return null;
  await recordAudit({
    request,
    action: "rules.report",
    actorId: access.person.id,
    role: access.role,
    familyId,
    entity: "ruleReport",
    entityId: made.id,
  });
  // The readers chosen above are who may see it (reportWhere): the notice asks the same rule.
  await notify({ familyId, event: "rule.reported", subjectId: made.id, actorId: access.person.id });
  return made.id;
}

/**
 * Who may read a new report: the reporter, the family's active practitioners, and the active
 * checkers of the rule's last agreed and endorsed version. Never the current version's checkers
 * (a proposed change counts only once agreed and endorsed), and never anyone that version or
 * the current one is about, whatever older data says.
 */
export async function reportReaders(
  tx: Tx,
  {
    familyId,
    ruleId,
    revision,
    agreedRevision,
    reporterId,
  }: {
    familyId: string;
    ruleId: string;
    revision: number;
    agreedRevision: number | null;
    reporterId: string;
  },
) {
  const numbers = agreedRevision === null ? [revision] : [revision, agreedRevision];
  const versions = await tx.ruleVersion.findMany({
    where: { ruleId, familyId, number: { in: numbers } },
    select: { id: true, number: true },
  });
  const named = await tx.rulePerson.findMany({
    where: { versionId: { in: versions.map((version) => version.id) } },
    select: { versionId: true, membershipId: true, kind: true },
  });
  const agreedId = versions.find((version) => version.number === agreedRevision)?.id;
  const about = new Set(named.filter((row) => row.kind === "INVOLVED").map((row) => row.membershipId));
  const checkers = named
    .filter((row) => row.versionId === agreedId && row.kind === "CHECKER" && !about.has(row.membershipId))
    .map((row) => row.membershipId);
  const members = await tx.membership.findMany({
    where: { familyId, status: "ACTIVE", OR: [{ role: "PRACTITIONER" }, { id: { in: checkers } }] },
    select: { personId: true },
  });
  return [...new Set([reporterId, ...members.map((member) => member.personId)])];
}

/** The job: "You have a new message in Safety Circle", in the person's language, and a link to sign in. */
export async function deliverNewMessageNotice({ personId }: { personId: string }): Promise<void> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { email: true, language: true },
  });
  if (!person) return;
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "rules");
  await sendMail({
    to: person.email,
    subject: t("email.subject"),
    text: t("email.body", { url: new URL("/sign-in", getEnv().APP_URL).toString() }),
  });
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

/** The reports this member may read, newest first, with what happened next. */
export async function listReports({ access, ruleId }: { access: FamilyAccess; ruleId?: string }) {
  const where = reportWhere(access);
  const reports = await db.ruleReport.findMany({
    where: { ...where, ...(ruleId ? { ruleId } : {}) },
    select: reportSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const followUps = reports.length
    ? await db.ruleReportFollowUp.findMany({
        where: { reportId: { in: reports.map((report) => report.id) } },
        select: { reportId: true },
        orderBy: { createdAt: "asc" },
      })
    : [];
  return reports.map((report) => ({
    ...report,
    followUps: followUps.filter((row) => row.reportId === report.id).length,
  }));
}

/** A rule of this family that is still in use, with its current words, or null. */
export async function liveRule({ familyId, ruleId }: { familyId: string; ruleId: string }) {
  const rule = await db.rule.findFirst({
    where: { id: ruleId, familyId, retiredAt: null },
    select: { id: true, revision: true },
  });
  if (!rule) return null;
  const version = await db.ruleVersion.findUniqueOrThrow({
    where: { ruleId_number: { ruleId: rule.id, number: rule.revision } },
    select: { text: true },
  });
  return { ...rule, text: version.text };
}

/** The words of the rule as they were when it was reported. */
export async function reportedRuleText(report: { ruleId: string; versionNumber: number }): Promise<string> {
  const version = await db.ruleVersion.findUniqueOrThrow({
    where: { ruleId_number: { ruleId: report.ruleId, number: report.versionNumber } },
    select: { text: true },
  });
  return version.text;
}

/** One report this member may read, with its follow-ups, or null (not there, or not theirs to read). */
export async function getReport({ access, reportId }: { access: FamilyAccess; reportId: string }) {
  const where = reportWhere(access);
  const report = await db.ruleReport.findFirst({ where: { ...where, id: reportId }, select: reportSelect });
  if (!report) return null;
  const followUps = await db.ruleReportFollowUp.findMany({
    where: { reportId, familyId: access.familyId },
    select: { id: true, personId: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { ...report, followUps };
}

export async function addFollowUp({
  access,
  reportId,
  text,
  request,
}: {
  access: FamilyAccess;
  reportId: string;
  text: string;
  request: Request;
}) {
  await db.ruleReportFollowUp.create({
    data: { reportId, familyId: access.familyId, personId: access.person.id, text },
  });
  await recordAudit({
    request,
    action: "rules.report.followUp",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "ruleReport",
    entityId: reportId,
  });
}

/** The rules in use in this family, with their current words, for "which rule is it about?". */
export function rulesToReport({ familyId }: { familyId: string }) {
  return readRows(
    z.object({ id: column.text, text: column.text }),
    Prisma.sql`
    SELECT r."id", v."text" FROM "Rule" r
    JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
    WHERE r."familyId" = ${familyId} AND r."retiredAt" IS NULL
    ORDER BY r."createdAt", r."id"`,
  );
}
