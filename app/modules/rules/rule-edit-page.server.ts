// The rule's change page: the saved rule to start from, and a save guarded by its revision.
import { data, redirect } from "@remix-run/node";

import { familyPeople } from "~/modules/family/people.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { readRuleForm } from "~/modules/rules/rule-form.server";
import { requireRule } from "~/modules/rules/rule-page.server";
import { changeRule, nameablePeople, planWorries } from "~/modules/rules/rules.server";
import { BaseVersionSchema, refuse } from "~/utils/forms.server";

export async function editRulePage({
  access,
  ruleIdParam,
}: {
  access: FamilyAccess;
  ruleIdParam: string | undefined;
}) {
  const rule = await requireRule(access.familyId, ruleIdParam);
  const [people, worries] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    planWorries({ access }),
  ]);
  const version = rule.current;
  return {
    familyId: access.familyId,
    ruleId: rule.id,
    retired: Boolean(rule.retiredAt),
    revision: rule.revision,
    values: {
      text: version.text,
      worryId: version.worryId ?? "",
      warningSigns: version.warningSigns,
      ifBroken: version.ifBroken,
      whoToCall: version.whoToCall,
      involved: version.involved,
      checkers: version.checkers,
    },
    people: nameablePeople(people),
    worries,
  };
}

/**
 * Saves a new version on top of the revision the form was started from. If someone saved first,
 * the answer is the conflict: their version, and what this person wrote, to save again on top.
 */
export async function editRuleAction({
  request,
  access,
  ruleIdParam,
  form,
}: {
  request: Request;
  access: FamilyAccess;
  ruleIdParam: string | undefined;
  form: URLSearchParams;
}) {
  const rule = await requireRule(access.familyId, ruleIdParam);
  const read = await readRuleForm(access, form);
  if (!read.ok) return read.refusal;
  const revision = BaseVersionSchema.safeParse(form.get("revision"));
  // Only a changed page sends a bad revision: a whole-form error, and the page starts again from the saved one.
  if (!revision.success) return refuse(read.submission, { "": "generic.invalid" });
  const saved = await changeRule({
    access,
    ruleId: rule.id,
    revision: revision.data,
    data: read.data,
    request,
  });
  if (saved.ok) return redirect(`/families/${access.familyId}/rules/${rule.id}?saved=1`);
  if (saved.reason === "retired") return data({ outcome: "retired" as const }, { status: 409 });
  const people = await familyPeople({ familyId: access.familyId });
  return data(
    {
      outcome: "conflict" as const,
      mine: read.typed,
      revision: saved.revision,
      bySelf: saved.bySelf,
      theirsBy: people.nameOfPerson(saved.current.createdById),
      theirs: {
        text: saved.current.text,
        involved: saved.current.involved.map(people.nameOfMember),
        checkers: saved.current.checkers.map(people.nameOfMember),
        warningSigns: saved.current.warningSigns,
        ifBroken: saved.current.ifBroken,
        whoToCall: saved.current.whoToCall,
      },
    },
    { status: 409 },
  );
}
