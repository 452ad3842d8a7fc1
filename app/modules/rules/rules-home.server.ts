import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { can } from "~/modules/permissions/can";
import { allows, type FamilyAccess } from "~/modules/permissions/guard.server";
import { readRows } from "~/utils/db.server";
import { column } from "~/utils/rows.server";

export type RulesHome = { toAnswer: number; toEndorse: number; newReports: number } | null;

/**
 * For the family home, in one SQL statement: rules whose current version names this member
 * and that they have not agreed to (their newest answer is not "agree"), rules the
 * practitioner has not endorsed yet, and reports with nothing recorded about what happened
 * next that this member may read (the practitioner: all; others: the reports stored as theirs).
 */
/** The columns below; absent when rules are not shown. */
export const RulesHomeRow = z.object({
  rulesToAnswer: column.int.optional(),
  rulesToEndorse: column.int.optional(),
  rulesNewReports: column.int.optional(),
});
type RulesRow = z.output<typeof RulesHomeRow>;

/**
 * The columns the family home adds to its one read of what is new (see whatsNewSinceLastVisit),
 * so the rules cost no statement of their own: rules whose current version names this member
 * and that they have not agreed to (their newest answer is not "agree"), rules the
 * practitioner has not endorsed yet, and reports with nothing recorded about what happened
 * next that this member may read (the practitioner: all; others: the reports stored as theirs).
 */
export function rulesHomeColumns(access: FamilyAccess): Prisma.Sql {
  if (!allows(access, "rules", "view")) return Prisma.empty;
  const { familyId, membershipId } = access;
  const seesAll = can(access.role, "rules", "recordOutcome") ? 1 : 0;
  return Prisma.sql`,
      (SELECT COUNT(*) FROM "Rule" r
        JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
        JOIN "RulePerson" p ON p."versionId" = v."id" AND p."kind" = 'INVOLVED' AND p."membershipId" = ${membershipId}
        WHERE r."familyId" = ${familyId} AND r."retiredAt" IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM "RuleAgreement" a
            WHERE a."versionId" = v."id" AND a."membershipId" = ${membershipId} AND a."answer" = 'AGREE'
              AND NOT EXISTS (
                SELECT 1 FROM "RuleAgreement" b
                WHERE b."versionId" = v."id" AND b."membershipId" = ${membershipId} AND b."answer" <> 'ENDORSE' AND b."createdAt" > a."createdAt"))
      ) AS "rulesToAnswer",
      (SELECT COUNT(*) FROM "Rule" r
        JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
        WHERE r."familyId" = ${familyId} AND r."retiredAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "RuleAgreement" a WHERE a."versionId" = v."id" AND a."answer" = 'ENDORSE')
      ) AS "rulesToEndorse",
      (SELECT COUNT(*) FROM "RuleReport" rr
        WHERE rr."familyId" = ${familyId}
          AND NOT EXISTS (SELECT 1 FROM "RuleReportFollowUp" f WHERE f."reportId" = rr."id")
          AND (${seesAll} = 1 OR EXISTS (
            SELECT 1 FROM "RuleReportReader" x WHERE x."reportId" = rr."id" AND x."personId" = ${access.person.id}))
      ) AS "rulesNewReports"`;
}

/** The rules counts from the row those columns were read into; null when rules are not shown. */
export function rulesHomeFrom(access: FamilyAccess, row: RulesRow): RulesHome {
  if (!allows(access, "rules", "view")) return null;
  return {
    toAnswer: can(access, "rules", "agree") ? (row.rulesToAnswer ?? 0) : 0,
    toEndorse: can(access, "rules", "endorse") ? (row.rulesToEndorse ?? 0) : 0,
    newReports: row.rulesNewReports ?? 0,
  };
}

/** The rules counts on their own, in one statement (the home page reads them with its news). */
export async function rulesHome(access: FamilyAccess): Promise<RulesHome> {
  if (!allows(access, "rules", "view")) return null;
  const [row] = await readRows(RulesHomeRow, Prisma.sql`SELECT 1 AS "one" ${rulesHomeColumns(access)}`);
  return rulesHomeFrom(access, row);
}
