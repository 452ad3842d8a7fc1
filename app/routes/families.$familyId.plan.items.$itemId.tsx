import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { SubmissionKeyField } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { isolatedName } from "~/components/isolated-name";
import { BackToPlan } from "~/components/plan/back-to-plan";
import { GlossaryLinksContext, GlossaryText } from "~/components/plan/glossary-text";
import { familyPeople } from "~/modules/family/people.server";
import { linkTexts } from "~/modules/glossary/glossary-links.server";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission, type PartReader } from "~/modules/permissions/guard.server";
import { findItem } from "~/modules/plan/plan-items";
import { stances } from "~/modules/plan/plan.constants";
import {
  CorrectionAnswerSchema,
  CorrectionSchema,
  ItemIdSchema,
  ViewSchema,
} from "~/modules/plan/plan.schema.server";
import { getLatestVersion } from "~/modules/plan/plan.server";
import {
  answerCorrection,
  listCorrections,
  listViews,
  recordView,
  requestCorrection,
} from "~/modules/plan/responses.server";
import type { RouteHandle } from "~/root";
import { dateFormatter, requestLanguage } from "~/utils/dates.server";
import { parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "plan:item.title", i18n: ["plan"] };

/** The item must be in the newest published version of this family's plan. */
async function requireItem(access: PartReader, itemIdParam: string | undefined) {
  const itemId = ItemIdSchema.safeParse(itemIdParam);
  const latest = await getLatestVersion({ access });
  const item = itemId.success && latest ? findItem(latest.content, itemId.data) : undefined;
  if (!item || !latest) throw notFound();
  return { item, version: latest.number };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // The audit row names the version and the item, so it waits until both are known.
  const access = await requireFamilyPermission(request, params.familyId, "plan", "view", {
    context,
    audit: "later",
  });
  const [{ item, version }, people] = await Promise.all([
    requireItem(access, params.itemId),
    familyPeople({ familyId: access.familyId }),
  ]);
  const [views, corrections, formatDate, language] = await Promise.all([
    listViews({ access, itemId: item.id, people }),
    listCorrections({ familyId: access.familyId, itemId: item.id, people }),
    dateFormatter(request),
    requestLanguage(request),
    recordRead(request, access, {
      action: "plan.view",
      entity: "planItem",
      entityId: `${version}:${item.id}`,
    }),
  ]);
  const canWrite = can(access.role, "plan", "write");
  return {
    familyId: access.familyId,
    item,
    version,
    glossaryLinks: linkTexts({
      key: `item:${access.familyId}:${version}:${item.id}`,
      language,
      texts: [item.text, item.professional ?? ""],
    }),
    flags: {
      canRespond: can(access.role, "plan", "respond"),
      canCorrect: can(access.role, "plan", "correct"),
      canAnswer: canWrite,
    },
    views: views.map((view) => ({ ...view, createdAt: formatDate(view.createdAt), person: undefined })),
    corrections: corrections.map((correction) => ({
      ...correction,
      createdAt: formatDate(correction.createdAt),
      respondedAt: correction.respondedAt ? formatDate(correction.respondedAt) : null,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = form.get("intent");
  const right = intent === "view" ? "respond" : intent === "correction" ? "correct" : "write";
  const access = await requireFamilyPermission(request, params.familyId, "plan", right);
  const { item, version } = await requireItem(access, params.itemId);
  const back = `/families/${access.familyId}/plan/items/${item.id}`;

  if (intent === "view") {
    const parsed = parseForm(form, ViewSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    await saveOnce({ personId: access.person.id, kind: `plan.view:${item.id}`, form }, () =>
      recordView({ access, itemId: item.id, version, ...parsed.data, request }),
    );
    return redirect(`${back}?saved=view`);
  }
  if (intent === "correction") {
    const parsed = parseForm(form, CorrectionSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    await saveOnce({ personId: access.person.id, kind: `plan.correction:${item.id}`, form }, () =>
      requestCorrection({ access, itemId: item.id, version, ...parsed.data, request }),
    );
    return redirect(`${back}?saved=correction`);
  }
  const parsed = parseForm(form, CorrectionAnswerSchema);
  if (!parsed.ok)
    return data({ intent: "answer", errors: parsed.errors, values: parsed.values }, { status: 400 });
  const answered = await saveOnce({ personId: access.person.id, kind: `plan.answer:${item.id}`, form }, () =>
    answerCorrection({ access, ...parsed.data, request }),
  );
  if (!answered) throw notFound();
  return redirect(`${back}?saved=answer`);
}

export default function PlanItem() {
  const { t } = useTranslation("plan");
  const { familyId, item, flags, views, corrections, glossaryLinks } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorsFor = (intent: string) => (result && result.intent === intent ? result.errors : {});
  const valuesFor = (intent: string): Record<string, string> =>
    result && result.intent === intent ? result.values : {};
  const current = views.filter((view) => view.current);
  const history = views.filter((view) => !view.current);
  const viewValues = valuesFor("view");
  const viewErrors = errorsFor("view");

  return (
    <div className="space-y-8">
      <BackToPlan familyId={familyId} itemId={item.id} />
      <GlossaryLinksContext.Provider value={glossaryLinks}>
        <div>
          <p className="text-sm font-bold text-gray-700 uppercase">{t(`kind.${item.kind}`)}</p>
          <h1 className="text-2xl font-bold">
            <GlossaryText text={item.text} />
          </h1>
          {item.professional ? (
            <p className="mt-2 text-sm">
              {t("read.professionalWords")}: <GlossaryText text={item.professional} />
            </p>
          ) : null}
        </div>
      </GlossaryLinksContext.Provider>

      <section aria-labelledby="views-heading" className="space-y-3">
        <h2 id="views-heading" className="text-xl font-bold">
          {t("item.viewsTitle")}
        </h2>
        {current.length === 0 ? <p>{t("item.noViews")}</p> : null}
        <ul className="space-y-2">
          {current.map((view) => (
            <li key={view.id} className="rounded bg-white p-3">
              <p>
                <strong>{view.mine ? t("item.you") : <bdi>{view.name}</bdi>}</strong>:{" "}
                {t(`stance.${view.stance}`)}
              </p>
              {view.words ? (
                <p dir="auto" className="whitespace-pre-line">
                  {view.words}
                </p>
              ) : null}
              <p className="text-sm text-gray-700">
                {view.createdAt} · {view.shared ? t("item.shared") : t("item.notShared")}
              </p>
            </li>
          ))}
        </ul>
        {history.length > 0 ? (
          <details>
            <summary className="cursor-pointer text-brand underline">
              {t("item.history", { count: history.length })}
            </summary>
            <ul className="mt-2 space-y-1 text-sm">
              {history.map((view) => (
                <li key={view.id}>
                  {view.createdAt}: {view.mine ? t("item.you") : <bdi>{view.name}</bdi>},{" "}
                  {t(`stance.${view.stance}`)}
                  {view.words ? (
                    <>
                      : <bdi>{view.words}</bdi>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {flags.canRespond ? (
        <section aria-labelledby="your-view" className="space-y-3">
          <h2 id="your-view" className="text-xl font-bold">
            {t("item.yourViewTitle")}
          </h2>
          <ErrorSummary errors={viewErrors} />
          <Form method="post" noValidate>
            <SubmissionKeyField />
            <input type="hidden" name="intent" value="view" />
            <fieldset className={`mb-4 ${viewErrors.stance ? "border-l-4 border-red-700 pl-3" : ""}`}>
              <legend className="font-bold">{t("item.stanceQuestion")}</legend>
              {viewErrors.stance ? (
                <p className="font-bold text-red-700">{t(`errors:${viewErrors.stance}`)}</p>
              ) : null}
              {stances.map((stance, index) => (
                <div key={stance} className="mt-2 flex items-center gap-2">
                  <input
                    type="radio"
                    id={index === 0 ? "stance" : `stance-${stance}`}
                    name="stance"
                    value={stance}
                    defaultChecked={viewValues.stance === stance}
                    className="h-5 w-5"
                  />
                  <label htmlFor={index === 0 ? "stance" : `stance-${stance}`}>{t(`stance.${stance}`)}</label>
                </div>
              ))}
            </fieldset>
            <TextareaField
              name="words"
              label={t("item.words")}
              hint={t("item.wordsHint")}
              defaultValue={viewValues.words ?? ""}
              error={viewErrors.words}
            />
            <div className="mb-4 flex items-start gap-2">
              <input
                type="checkbox"
                id="shared"
                name="shared"
                value="yes"
                defaultChecked={viewValues.shared === "yes"}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor="shared">{t("item.shareLabel")}</label>
            </div>
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("item.saveView")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="corrections-heading" className="space-y-3">
        <h2 id="corrections-heading" className="text-xl font-bold">
          {t("item.correctionsTitle")}
        </h2>
        {corrections.length === 0 ? <p>{t("item.noCorrections")}</p> : null}
        <ul className="space-y-3">
          {corrections.map((correction) => (
            <li key={correction.id} className="rounded bg-white p-3">
              <p>
                {isolatedName(
                  (slot) =>
                    t("item.correctionBy", {
                      name: slot,
                      date: correction.createdAt,
                      version: correction.version,
                    }),
                  correction.name,
                )}
              </p>
              <p>
                <strong>{t("item.whatIsWrong")}</strong> <bdi>{correction.whatIsWrong}</bdi>
              </p>
              <p>
                <strong>{t("item.shouldSay")}</strong> <bdi>{correction.shouldSay}</bdi>
              </p>
              <p className="mt-1 font-bold">{t(`correctionStatus.${correction.status}`)}</p>
              {correction.reason ? (
                <p>
                  {isolatedName(
                    (slot) => t("item.answerBy", { name: slot }),
                    correction.respondedByName ?? "",
                  )}{" "}
                  <bdi>{correction.reason}</bdi>
                </p>
              ) : null}
              {flags.canAnswer && correction.status === "OPEN" ? (
                <AnswerForm
                  correctionId={correction.id}
                  errors={errorsFor("answer")}
                  values={valuesFor("answer")}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {flags.canCorrect ? (
          <CorrectionForm errors={errorsFor("correction")} values={valuesFor("correction")} />
        ) : null}
      </section>
    </div>
  );
}

function CorrectionForm({
  errors,
  values,
}: {
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation("plan");
  return (
    <Form method="post" noValidate className="rounded border-2 border-gray-400 p-3">
      <SubmissionKeyField />
      <h3 className="mb-2 text-lg font-bold">{t("item.notRightTitle")}</h3>
      <p className="mb-3 text-sm">{t("item.notRightHint")}</p>
      <input type="hidden" name="intent" value="correction" />
      <ErrorSummary errors={errors} />
      <TextareaField
        name="whatIsWrong"
        label={t("item.whatIsWrongLabel")}
        defaultValue={values.whatIsWrong ?? ""}
        error={errors.whatIsWrong}
      />
      <TextareaField
        name="shouldSay"
        label={t("item.shouldSayLabel")}
        defaultValue={values.shouldSay ?? ""}
        error={errors.shouldSay}
      />
      <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
        {t("item.sendCorrection")}
      </button>
    </Form>
  );
}

function AnswerForm({
  correctionId,
  errors,
  values,
}: {
  correctionId: string;
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { t } = useTranslation("plan");
  const mine = values.correctionId === correctionId;
  return (
    <Form method="post" noValidate className="mt-3 border-t border-gray-300 pt-3">
      <SubmissionKeyField />
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="correctionId" value={correctionId} />
      <fieldset className="mb-3">
        <legend className="font-bold">{t("item.answerQuestion")}</legend>
        {mine && errors.answer ? (
          <p className="font-bold text-red-700">{t(`errors:${errors.answer}`)}</p>
        ) : null}
        {(["CORRECTED", "NOT_AGREED"] as const).map((answer) => (
          <div key={answer} className="mt-2 flex items-center gap-2">
            <input
              type="radio"
              id={`answer-${correctionId}-${answer}`}
              name="answer"
              value={answer}
              defaultChecked={mine && values.answer === answer}
              className="h-5 w-5"
            />
            <label htmlFor={`answer-${correctionId}-${answer}`}>{t(`item.answer.${answer}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextareaField
        id={`reason-${correctionId}`}
        name="reason"
        label={t("item.reason")}
        hint={t("item.reasonHint")}
        defaultValue={mine ? (values.reason ?? "") : ""}
        error={mine ? errors.reason : undefined}
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
        {t("item.sendAnswer")}
      </button>
    </Form>
  );
}
