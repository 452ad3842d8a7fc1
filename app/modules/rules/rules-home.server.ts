import { can } from "~/modules/permissions/can";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { db } from "~/utils/db.server";

export type RulesHome = { toAnswer: number; toEndorse: number; newReports: number } | null;

/**
 * For the family home, in one SQL statement: rules whose current version names this member
 * and that they have not agreed to (their newest answer is not "agree"), rules the
 * practitioner has not endorsed yet, and reports with nothing recorded about what happened
 * next that this member may read (the practitioner: all; others: rules they check).
 */
export async function rulesHome(access: FamilyAccess): Promise<RulesHome> {
  if (!can(access.role, "rules", "view")) return null;
  const { familyId, membershipId } = access;
  const seesAll = can(access.role, "rules", "recordOutcome") ? 1 : 0;
  const [row] = await db.$queryRaw<{ toAnswer: number | bigint; toEndorse: number | bigint; newReports: number | bigint }[]>`
    SELECT
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
      ) AS "toAnswer",
      (SELECT COUNT(*) FROM "Rule" r
        JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
        WHERE r."familyId" = ${familyId} AND r."retiredAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "RuleAgreement" a WHERE a."versionId" = v."id" AND a."answer" = 'ENDORSE')
      ) AS "toEndorse",
      (SELECT COUNT(*) FROM "RuleReport" rr
        WHERE rr."familyId" = ${familyId}
          AND NOT EXISTS (SELECT 1 FROM "RuleReportFollowUp" f WHERE f."reportId" = rr."id")
          AND (${seesAll} = 1 OR EXISTS (
            SELECT 1 FROM "Rule" r
            JOIN "RuleVersion" v ON v."ruleId" = r."id" AND v."number" = r."revision"
            JOIN "RulePerson" p ON p."versionId" = v."id" AND p."kind" = 'CHECKER' AND p."membershipId" = ${membershipId}
            WHERE r."id" = rr."ruleId"))
      ) AS "newReports"`;
  return {
    toAnswer: can(access.role, "rules", "agree") ? Number(row.toAnswer) : 0,
    toEndorse: can(access.role, "rules", "endorse") ? Number(row.toEndorse) : 0,
    newReports: Number(row.newReports),
  };
}
