import { familyPeople } from "~/modules/family/people.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import {
  parseRuleFields,
  ruleFormValues,
  type FieldErrors,
  type RuleFields,
  type RuleFormValues,
} from "~/modules/rules/rules.schema.server";
import { checkAgainstFamily, planWorries } from "~/modules/rules/rules.server";

/**
 * One submit of the rule form: what was typed (kept for the page if it comes back), checked
 * by zod, then against this family (its members and its plan's worries).
 */
export async function readRuleForm(
  access: FamilyAccess,
  form: URLSearchParams,
): Promise<
  | { ok: true; data: RuleFields; values: RuleFormValues }
  | { ok: false; values: RuleFormValues; errors: FieldErrors }
> {
  const values = ruleFormValues(form);
  const parsed = parseRuleFields(values);
  const [people, worries] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    planWorries({ access }),
  ]);
  const errors = {
    ...(parsed.ok ? {} : parsed.errors),
    ...(parsed.ok ? checkAgainstFamily(parsed.data, people, worries) : {}),
  };
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, data: parsed.data, values };
}
