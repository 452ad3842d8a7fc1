import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import {
  LegacyErrorSummary as ErrorSummary,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { isolatedName } from "~/components/isolated-name";
import { WritingTextareaField } from "~/components/plan/writing-textarea-field";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { DRAFT_FORM_MAX_BYTES } from "~/modules/plan/draft-form.server";
import { submitDraft } from "~/modules/plan/draft.server";
import { planItems } from "~/modules/plan/plan-items";
import { actionStatuses, planCategories, planLevels } from "~/modules/plan/plan.constants";
import type { PlanContent } from "~/modules/plan/plan.schema.server";
import { getEditableDraft, getLatestVersion, memberNames } from "~/modules/plan/plan.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "plan:draft.title", i18n: ["glossary", "plan"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "plan", "write", { context });
  const [draft, latest, members, formatDate] = await Promise.all([
    getEditableDraft({ access }),
    getLatestVersion({ access }),
    memberNames({ familyId: access.familyId }),
    dateFormatter(request),
  ]);
  return {
    familyId: access.familyId,
    content: draft.content,
    revision: draft.revision,
    savedBy: draft.updatedBy,
    savedAt: draft.updatedAt ? formatDate(draft.updatedAt) : null,
    latestNumber: latest?.number ?? 0,
    members: members.map((member) => ({
      membershipId: member.membershipId,
      name: member.name,
      role: member.role,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "plan", "write");
  // Only a member who may write gets this far, so only they may send a body this size.
  const form = await readForm(request, { maxBytes: DRAFT_FORM_MAX_BYTES });
  if (form.get("intent") === "publish")
    await requireFamilyPermission(request, params.familyId, "plan", "publish");
  const result = await submitDraft({ access, form, request });
  switch (result.outcome) {
    case "published":
      return redirect(`/families/${access.familyId}/plan?published=${result.number}`);
    case "saved":
      return redirect(
        `/families/${access.familyId}/plan/draft?saved=1${result.anchor ? `#${result.anchor}` : ""}`,
      );
    case "conflict":
      return data(result, { status: 409 });
    default:
      return data(result, { status: 400 });
  }
}

type Member = { membershipId: string; name: string; role: string };

export default function DraftPlan() {
  const { t } = useTranslation("plan");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { familyId, members, latestNumber } = loaded;

  if (result?.outcome === "conflict") {
    return (
      <div className="space-y-6">
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
          <PlanAsText content={result.theirs} />
        </section>
        <section aria-labelledby="mine" className="space-y-3">
          <h2 id="mine" className="text-xl font-bold">
            {t("conflict.mine")}
          </h2>
          <p>{result.bySelf ? t("conflict.selfMineHint") : t("conflict.mineHint")}</p>
          <DraftForm
            content={result.mine}
            revision={result.revision}
            members={members}
            latestNumber={latestNumber}
            errors={{}}
          />
        </section>
      </div>
    );
  }

  const content = result && "content" in result ? result.content : loaded.content;
  const revision = result && "revision" in result ? result.revision : loaded.revision;
  const errors = result && "errors" in result ? result.errors : {};
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("draft.title")}</h1>
      <p>
        {loaded.savedAt
          ? isolatedName(
              (slot) => t("draft.savedBy", { name: slot, date: loaded.savedAt }),
              loaded.savedBy ?? "",
            )
          : t("draft.notSaved")}
      </p>
      <p>{latestNumber > 0 ? t("draft.latest", { number: latestNumber }) : t("draft.noneYet")}</p>
      <p>
        <Link to={`/families/${familyId}/plan`} className="text-brand underline">
          {t("draft.back")}
        </Link>
      </p>
      {result?.outcome === "refused" ? (
        <p role="alert" className="border-l-4 border-red-700 pl-3 font-bold text-red-700">
          {t(`publish.${result.refusal}`)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <DraftForm
        key={revision}
        content={content}
        revision={revision}
        members={members}
        latestNumber={latestNumber}
        errors={errors}
      />
    </div>
  );
}

function PlanAsText({ content }: { content: PlanContent }) {
  const { t } = useTranslation("plan");
  return (
    <ul className="list-disc space-y-1 pl-5">
      {planItems(content).map((item) => (
        <li key={item.id}>
          <strong>{t(`kind.${item.kind}`)}:</strong> {item.text}
          {item.professional ? ` (${item.professional})` : ""}
        </li>
      ))}
      {content.ifNotFollowed ? <li>{content.ifNotFollowed}</li> : null}
      {content.scalingQuestion ? <li>{content.scalingQuestion}</li> : null}
    </ul>
  );
}

function RemoveButton({ list, id, label }: { list: string; id: string; label: string }) {
  return (
    <button
      type="submit"
      name="intent"
      value={`remove:${list}:${id}`}
      className="rounded border-2 border-red-700 px-3 py-1 text-sm text-red-700"
    >
      {label}
    </button>
  );
}

function AddButton({ list, label }: { list: string; label: string }) {
  return (
    <button
      type="submit"
      name="intent"
      value={`add:${list}`}
      className="rounded border-2 border-brand px-3 py-1 font-bold text-brand"
    >
      {label}
    </button>
  );
}

function DraftForm({
  content,
  revision,
  members,
  latestNumber,
  errors,
}: {
  content: PlanContent;
  revision: number;
  members: Member[];
  latestNumber: number;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation("plan");
  const input = "mt-1 block w-full max-w-xs rounded border-2 border-gray-800 px-2 py-2";
  return (
    <Form method="post" noValidate className="space-y-8">
      <input type="hidden" name="revision" value={revision} />
      {/* Enter in a text box saves, rather than pressing the first "Remove" button. */}
      <button type="submit" name="intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true" />

      <fieldset className="space-y-3">
        <legend className="text-2xl font-bold">{t("draft.facts")}</legend>
        <div>
          <label htmlFor="level" className="block font-bold">
            {t("draft.level")}
          </label>
          <select id="level" name="level" defaultValue={content.level} className={input}>
            {planLevels.map((level) => (
              <option key={level} value={level}>
                {t(`level.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block font-bold">
            {t("draft.category")}
          </label>
          <select id="category" name="category" defaultValue={content.category ?? ""} className={input}>
            <option value="">{t("draft.noCategory")}</option>
            {planCategories.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        {(["initialConferenceDate", "nextReviewDate"] as const).map((field) => (
          <div key={field} className={errors[field] ? "border-l-4 border-red-700 pl-3" : ""}>
            <label htmlFor={field} className="block font-bold">
              {t(`draft.${field}`)}
            </label>
            {errors[field] ? <p className="font-bold text-red-700">{t(`errors:${errors[field]}`)}</p> : null}
            <input
              type="date"
              id={field}
              name={field}
              defaultValue={content[field] ?? ""}
              className={input}
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">{t("draft.worries")}</legend>
        <p className="text-sm text-gray-700">{t("draft.worriesHint")}</p>
        {content.worries.map((worry, index) => (
          <div
            key={worry.id}
            id={`worries-${worry.id}`}
            className="rounded border border-gray-400 bg-white p-3"
          >
            <input type="hidden" name="worries.id" value={worry.id} />
            <h3 className="font-bold">{t("draft.worryN", { number: index + 1 })}</h3>
            <TextareaField
              name={`worries.${worry.id}.professional`}
              label={t("draft.professionalWording")}
              defaultValue={worry.professional}
              error={errors[`worries.${worry.id}.professional`]}
            />
            <WritingTextareaField
              name={`worries.${worry.id}.plain`}
              label={t("draft.plainWording")}
              hint={t("draft.plainHint")}
              defaultValue={worry.plain}
              error={errors[`worries.${worry.id}.plain`]}
            />
            <RemoveButton
              list="worries"
              id={worry.id}
              label={t("draft.removeWorry", { number: index + 1 })}
            />
          </div>
        ))}
        <AddButton list="worries" label={t("draft.addWorry")} />
      </fieldset>

      {(["complicatingFactors", "workingWell"] as const).map((list) => (
        <fieldset key={list} className="space-y-4">
          <legend className="text-2xl font-bold">{t(`draft.${list}`)}</legend>
          {content[list].map((item, index) => (
            <div
              key={item.id}
              id={`${list}-${item.id}`}
              className="rounded border border-gray-400 bg-white p-3"
            >
              <input type="hidden" name={`${list}.id`} value={item.id} />
              <WritingTextareaField
                name={`${list}.${item.id}.text`}
                label={t(`draft.${list}N`, { number: index + 1 })}
                defaultValue={item.text}
                error={errors[`${list}.${item.id}.text`]}
              />
              <RemoveButton
                list={list}
                id={item.id}
                label={t(`draft.remove.${list}`, { number: index + 1 })}
              />
            </div>
          ))}
          <AddButton list={list} label={t(`draft.add.${list}`)} />
        </fieldset>
      ))}

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">{t("draft.goals")}</legend>
        <p className="text-sm text-gray-700">{t("draft.goalsHint")}</p>
        {content.goals.map((goal, index) => (
          <div key={goal.id} id={`goals-${goal.id}`} className="rounded border border-gray-400 bg-white p-3">
            <input type="hidden" name="goals.id" value={goal.id} />
            <label htmlFor={`goals.${goal.id}.worryId`} className="block font-bold">
              {t("draft.goalWorry", { number: index + 1 })}
            </label>
            <select
              id={`goals.${goal.id}.worryId`}
              name={`goals.${goal.id}.worryId`}
              defaultValue={goal.worryId ?? ""}
              className={`${input} mb-3`}
            >
              <option value="">{t("draft.noWorry")}</option>
              {content.worries.map((worry, worryIndex) => (
                <option key={worry.id} value={worry.id}>
                  {t("draft.worryN", { number: worryIndex + 1 })}
                </option>
              ))}
            </select>
            <WritingTextareaField
              name={`goals.${goal.id}.text`}
              label={t("draft.goalN", { number: index + 1 })}
              hint={t("draft.goalHint")}
              defaultValue={goal.text}
              error={errors[`goals.${goal.id}.text`]}
            />
            <RemoveButton list="goals" id={goal.id} label={t("draft.removeGoal", { number: index + 1 })} />
          </div>
        ))}
        <AddButton list="goals" label={t("draft.addGoal")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-2xl font-bold">{t("draft.actions")}</legend>
        {content.actions.map((action, index) => (
          <div
            key={action.id}
            id={`actions-${action.id}`}
            className="rounded border border-gray-400 bg-white p-3"
          >
            <input type="hidden" name="actions.id" value={action.id} />
            <WritingTextareaField
              name={`actions.${action.id}.what`}
              label={t("draft.actionN", { number: index + 1 })}
              defaultValue={action.what}
              error={errors[`actions.${action.id}.what`]}
            />
            <label htmlFor={`actions.${action.id}.whoMembershipId`} className="block font-bold">
              {t("draft.who")}
            </label>
            <select
              id={`actions.${action.id}.whoMembershipId`}
              name={`actions.${action.id}.whoMembershipId`}
              defaultValue={action.whoMembershipId ?? ""}
              className={`${input} mb-3`}
            >
              <option value="">{t("draft.someoneElse")}</option>
              {members.map((member) => (
                <option key={member.membershipId} value={member.membershipId}>
                  {member.name} ({t(`common:roles.${member.role}`)})
                </option>
              ))}
            </select>
            <div
              className={`mb-3 ${errors[`actions.${action.id}.whoName`] ? "border-l-4 border-red-700 pl-3" : ""}`}
            >
              <label htmlFor={`actions.${action.id}.whoName`} className="block font-bold">
                {t("draft.whoName")}
              </label>
              {errors[`actions.${action.id}.whoName`] ? (
                <p className="font-bold text-red-700">
                  {t(`errors:${errors[`actions.${action.id}.whoName`]}`)}
                </p>
              ) : null}
              <input
                id={`actions.${action.id}.whoName`}
                name={`actions.${action.id}.whoName`}
                defaultValue={action.whoName}
                className={input}
              />
            </div>
            <div
              className={`mb-3 ${errors[`actions.${action.id}.byWhen`] ? "border-l-4 border-red-700 pl-3" : ""}`}
            >
              <label htmlFor={`actions.${action.id}.byWhen`} className="block font-bold">
                {t("draft.byWhen")}
              </label>
              <input
                type="date"
                id={`actions.${action.id}.byWhen`}
                name={`actions.${action.id}.byWhen`}
                defaultValue={action.byWhen ?? ""}
                className={input}
              />
            </div>
            <label htmlFor={`actions.${action.id}.status`} className="block font-bold">
              {t("draft.status")}
            </label>
            <select
              id={`actions.${action.id}.status`}
              name={`actions.${action.id}.status`}
              defaultValue={action.status}
              className={`${input} mb-3`}
            >
              {actionStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
            <RemoveButton
              list="actions"
              id={action.id}
              label={t("draft.removeAction", { number: index + 1 })}
            />
          </div>
        ))}
        <AddButton list="actions" label={t("draft.addAction")} />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-2xl font-bold">{t("draft.more")}</legend>
        <WritingTextareaField
          name="ifNotFollowed"
          label={t("draft.ifNotFollowed")}
          hint={t("draft.ifNotFollowedHint")}
          defaultValue={content.ifNotFollowed}
          error={errors.ifNotFollowed}
        />
        <WritingTextareaField
          name="scalingQuestion"
          label={t("draft.scalingQuestion")}
          hint={t("draft.scalingQuestionHint")}
          defaultValue={content.scalingQuestion}
          error={errors.scalingQuestion}
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="save"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white"
        >
          {t("draft.save")}
        </button>
        <button
          type="submit"
          name="intent"
          value="publish"
          className="rounded bg-brand px-4 py-2 font-bold text-white"
        >
          {t("draft.publish", { number: latestNumber + 1 })}
        </button>
      </div>
    </Form>
  );
}
