import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { RuleForm, type RuleFormValues } from "~/components/rules/rule-form";
import { familyPeople } from "~/modules/family/people.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { readRuleForm } from "~/modules/rules/rule-form.server";
import { RevisionSchema } from "~/modules/rules/rules.schema.server";
import {
  changeRule,
  getRule,
  nameablePeople,
  planWorries,
  type RuleVersionView,
} from "~/modules/rules/rules.server";
import type { RouteHandle } from "~/root";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

// Hydrates: the writing helper updates as the person types.
export const handle: RouteHandle = { titleKey: "rules:edit.title", i18n: ["glossary", "plan", "rules"] };

async function requireRule(familyId: string, ruleIdParam: string | undefined) {
  const rule = await getRule({ familyId, ruleId: requireIdParam(ruleIdParam) });
  if (!rule) throw notFound();
  return rule;
}

const asValues = (version: RuleVersionView): RuleFormValues => ({
  text: version.text,
  worryId: version.worryId ?? "",
  warningSigns: version.warningSigns,
  ifBroken: version.ifBroken,
  whoToCall: version.whoToCall,
  involved: version.involved,
  checkers: version.checkers,
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "propose", { context });
  const rule = await requireRule(access.familyId, params.ruleId);
  const [people, worries] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    planWorries({ access }),
  ]);
  return {
    familyId: access.familyId,
    ruleId: rule.id,
    retired: Boolean(rule.retiredAt),
    revision: rule.revision,
    values: asValues(rule.current),
    people: nameablePeople(people),
    worries,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "propose");
  const rule = await requireRule(access.familyId, params.ruleId);
  const form = await readForm(request);
  const revision = RevisionSchema.safeParse(form.get("revision"));
  const read = await readRuleForm(access, form);
  if (!revision.success)
    return data(
      {
        outcome: "invalid" as const,
        values: read.values,
        errors: { text: "errors:generic.invalid" } as Record<string, string>,
        revision: rule.revision,
      },
      { status: 400 },
    );
  if (!read.ok)
    return data(
      { outcome: "invalid" as const, values: read.values, errors: read.errors, revision: revision.data },
      { status: 400 },
    );
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
      mine: read.values,
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

export default function EditRule() {
  const { t } = useTranslation("rules");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = (
    <p>
      <Link to={`/families/${loaded.familyId}/rules/${loaded.ruleId}`} className="text-brand underline">
        {t("rule.title")}
      </Link>
    </p>
  );

  if (loaded.retired || result?.outcome === "retired") {
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-3xl font-bold">{t("edit.title")}</h1>
        <p role="alert">{t("edit.retired")}</p>
      </div>
    );
  }

  if (result?.outcome === "conflict") {
    const theirs = result.theirs;
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-3xl font-bold">
          {result.bySelf ? t("conflict.selfTitle") : t("conflict.title")}
        </h1>
        <p>
          {result.bySelf
            ? t("conflict.selfIntro")
            : isolatedName((slot) => t("conflict.intro", { name: slot }), result.theirsBy)}
        </p>
        <section aria-labelledby="theirs" className="rounded border-2 border-gray-500 bg-white p-3">
          <h2 id="theirs" className="text-xl font-bold">
            {result.bySelf
              ? t("conflict.selfTheirs")
              : isolatedName((slot) => t("conflict.theirs", { name: slot }), result.theirsBy)}
          </h2>
          <p className="font-bold" dir="auto">
            {theirs.text}
          </p>
          <dl className="space-y-1">
            <dt className="font-bold">{t("rule.about")}</dt>
            <dd>
              <bdi>{theirs.involved.join(", ")}</bdi>
            </dd>
            <dt className="font-bold">{t("rule.checkers")}</dt>
            <dd>
              <bdi>{theirs.checkers.join(", ") || t("rule.nobody")}</bdi>
            </dd>
            {theirs.warningSigns ? (
              <>
                <dt className="font-bold">{t("rule.warningSigns")}</dt>
                <dd dir="auto">{theirs.warningSigns}</dd>
              </>
            ) : null}
            <dt className="font-bold">{t("rule.ifBroken")}</dt>
            <dd dir="auto">{theirs.ifBroken}</dd>
            {theirs.whoToCall ? (
              <>
                <dt className="font-bold">{t("rule.whoToCall")}</dt>
                <dd dir="auto">{theirs.whoToCall}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="mine" className="space-y-3">
          <h2 id="mine" className="text-xl font-bold">
            {t("conflict.mine")}
          </h2>
          <p>{t("conflict.mineHint")}</p>
          <RuleForm
            key={result.revision}
            values={result.mine}
            errors={{}}
            people={loaded.people}
            worries={loaded.worries}
            revision={result.revision}
            submitLabel={t("edit.save")}
          />
        </section>
      </div>
    );
  }

  const values = result?.outcome === "invalid" ? result.values : loaded.values;
  const errors = result?.outcome === "invalid" ? result.errors : {};
  const revision = result?.outcome === "invalid" ? result.revision : loaded.revision;
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-3xl font-bold">{t("edit.title")}</h1>
      <p>{t("edit.intro")}</p>
      <RuleForm
        values={values}
        errors={errors}
        people={loaded.people}
        worries={loaded.worries}
        revision={revision}
        submitLabel={t("edit.save")}
      />
    </div>
  );
}
