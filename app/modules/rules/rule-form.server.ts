import { familyPeople } from "~/modules/family/people.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { RuleFieldsSchema } from "~/modules/rules/rules.schema.server";
import { checkAgainstFamily, planWorries } from "~/modules/rules/rules.server";
import { parseSubmission, refuse } from "~/utils/forms.server";

/**
 * One submit of the rule form, checked by zod, then against this family (its members and its
 * plan's worries). A refused form comes back as `refusal`, the action's answer as it stands;
 * `typed` is what was posted, for the conflict page.
 */
export async function readRuleForm(access: FamilyAccess, form: URLSearchParams) {
  const submission = parseSubmission(form, RuleFieldsSchema);
  if (submission.status !== "success") return { ok: false as const, refusal: refuse(submission) };
  const [people, worries] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    planWorries({ access }),
  ]);
  const errors = checkAgainstFamily(submission.value, people, worries);
  if (Object.keys(errors).length > 0) return { ok: false as const, refusal: refuse(submission, errors) };
  return { ok: true as const, data: submission.value, submission, typed: submission.payload };
}
