import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { isolatedName } from "~/components/isolated-name";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission } from "~/modules/permissions/guard.server";
import { listReports } from "~/modules/rules/reports.server";
import {
  AnswerSchema,
  CommentSchema,
  EndorseSchema,
  parseWith,
  RetireSchema,
} from "~/modules/rules/rules.schema.server";
import {
  addComment,
  answerRule,
  getRule,
  listComments,
  planWorries,
  retireRule,
  ruleHistory,
  rulePeople,
} from "~/modules/rules/rules.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

// A reading page whose forms post without JavaScript.
export const handle: RouteHandle = { titleKey: "rules:rule.title", i18n: ["rules"] };

/** The rule must be this family's. */
async function requireRule(familyId: string, ruleIdParam: string | undefined) {
  const rule = await getRule({ familyId, ruleId: requireIdParam(ruleIdParam) });
  if (!rule) throw notFound();
  return rule;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "view", {
    context,
    audit: "later",
  });
  const rule = await requireRule(access.familyId, params.ruleId);
  const [people, worries, comments, reports, formatDate] = await Promise.all([
    rulePeople({ familyId: access.familyId }),
    planWorries({ access }),
    listComments({ familyId: access.familyId, ruleId: rule.id }),
    listReports({ access, ruleId: rule.id }),
    dateFormatter(request),
    recordRead(request, access, {
      action: "rules.view",
      entity: "rule",
      entityId: `${rule.id}:${rule.revision}`,
    }),
  ]);
  const member = people.nameOfMember;
  const versionView = (version: typeof rule.current) => ({
    number: version.number,
    text: version.text,
    by: people.nameOfPerson(version.createdById),
    date: formatDate(version.createdAt),
    worry: version.worryId ? (worries.find((worry) => worry.id === version.worryId)?.text ?? null) : null,
    warningSigns: version.warningSigns,
    ifBroken: version.ifBroken,
    whoToCall: version.whoToCall,
    involved: version.involved.map(member),
    checkers: version.checkers.map(member),
    answers: version.answers.map((row) => ({
      name: member(row.membershipId),
      answer: row.answer,
      reason: row.reason,
      date: formatDate(new Date(row.createdAt)),
    })),
  });
  const retired = Boolean(rule.retiredAt);
  const named = rule.current.involved.includes(access.membershipId);
  return {
    familyId: access.familyId,
    ruleId: rule.id,
    current: versionView(rule.current),
    earlier: rule.versions.filter((version) => version.number !== rule.revision).map(versionView),
    status: {
      state: rule.status.state,
      endorsed: rule.status.endorsed,
      stillToAgree: rule.status.stillToAgree.map((row) => ({
        name: member(row.membershipId),
        answer: row.answer,
        reason: row.reason,
      })),
    },
    retired: rule.retiredAt
      ? {
          by: people.nameOfPerson(rule.retiredById),
          date: formatDate(rule.retiredAt),
          reason: rule.retiredReason ?? "",
        }
      : null,
    comments: comments.map((comment) => ({
      id: comment.id,
      name: people.nameOfPerson(comment.personId),
      text: comment.text,
      date: formatDate(comment.createdAt),
    })),
    reports: reports.map((report) => ({
      id: report.id,
      kind: report.kind,
      day: report.happenedOn,
      followUps: report.followUps,
    })),
    history: ruleHistory(rule, comments).map((event) => ({
      kind: event.kind,
      date: formatDate(event.at),
      name: event.kind === "answer" ? member(event.membershipId) : people.nameOfPerson(event.personId),
      number: "number" in event ? event.number : 0,
      answer: event.kind === "answer" ? event.answer : null,
      reason: "reason" in event ? event.reason : "",
    })),
    flags: {
      canAnswer: !retired && named && can(access.role, "rules", "agree"),
      canEndorse: !retired && !rule.status.endorsed && can(access.role, "rules", "endorse"),
      canChange: !retired && can(access.role, "rules", "propose"),
      canReport: !retired && can(access.role, "rules", "report"),
      canDiscuss: can(access.role, "rules", "discuss"),
      canRetire: !retired && can(access.role, "rules", "retire"),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = form.get("intent");
  const right =
    intent === "answer"
      ? "agree"
      : intent === "endorse"
        ? "endorse"
        : intent === "retire"
          ? "retire"
          : "discuss";
  const access = await requireFamilyPermission(request, params.familyId, "rules", right);
  const rule = await requireRule(access.familyId, params.ruleId);
  const back = `/families/${access.familyId}/rules/${rule.id}`;

  if (intent === "answer" || intent === "endorse") {
    let given: { version: number; answer: "AGREE" | "NOT_YET" | "DISAGREE" | "ENDORSE"; reason: string };
    if (intent === "endorse") {
      const parsed = parseWith(form, EndorseSchema);
      if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
      given = { version: parsed.data.version, answer: "ENDORSE", reason: "" };
    } else {
      const parsed = parseWith(form, AnswerSchema);
      if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
      given = parsed.data;
    }
    const outcome = await saveOnce(
      { personId: access.person.id, kind: `rule.${intent}:${rule.id}`, form },
      () => answerRule({ access, ruleId: rule.id, ...given, request }),
      {
        saved: (answered) => answered === "ok",
      },
    );
    const errors: Record<string, string> = {
      form: `rules:rule.${outcome === "retired" ? "retiredNow" : outcome}`,
    };
    if (outcome !== "ok")
      return data({ intent, errors, values: {} as Record<string, string> }, { status: 409 });
    return redirect(`${back}?saved=${intent}`);
  }
  if (intent === "retire") {
    const parsed = parseWith(form, RetireSchema);
    if (!parsed.ok) return data({ intent, errors: parsed.errors, values: parsed.values }, { status: 400 });
    await retireRule({ access, ruleId: rule.id, reason: parsed.data.reason, request });
    return redirect(back);
  }
  const parsed = parseWith(form, CommentSchema);
  if (!parsed.ok)
    return data({ intent: "comment", errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveOnce({ personId: access.person.id, kind: `rule.comment:${rule.id}`, form }, () =>
    addComment({ access, ruleId: rule.id, text: parsed.data.text, request }),
  );
  return redirect(`${back}#discussion`);
}

type VersionView = ReturnType<typeof useLoaderData<typeof loader>>["current"];

export default function RulePage() {
  const { t } = useTranslation("rules");
  const { familyId, current, earlier, status, retired, comments, reports, history, flags } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = search.get("saved");
  const errorsFor = (intent: string): Record<string, string> =>
    result && result.intent === intent ? result.errors : {};
  const valuesFor = (intent: string): Record<string, string> =>
    result && result.intent === intent ? result.values : {};
  const answerErrors = errorsFor("answer");
  const answerValues = valuesFor("answer");

  return (
    <div className="space-y-8">
      <p>
        <Link to={`/families/${familyId}/rules`} className="text-brand underline">
          {t("rule.back")}
        </Link>
      </p>
      {saved ? (
        <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
          {saved === "answer"
            ? t("rule.answered")
            : saved === "endorse"
              ? t("rule.endorsedNow")
              : t("rule.saved")}
        </p>
      ) : null}
      <div>
        <p className="text-sm font-bold text-gray-700 uppercase">{t(`state.${status.state}`)}</p>
        <h1 className="text-2xl font-bold" dir="auto">
          <bdi>{current.text}</bdi>
        </h1>
        <p className="text-sm text-gray-700">
          {isolatedName(
            (slot) => t("rule.versionBy", { number: current.number, name: slot, date: current.date }),
            current.by,
          )}
        </p>
      </div>

      {retired ? (
        <section className="rounded border-l-4 border-gray-500 bg-white p-3">
          <p>{isolatedName((slot) => t("rule.endedBy", { name: slot, date: retired.date }), retired.by)}</p>
          <p>
            {t("rule.why")} <bdi>{retired.reason}</bdi>
          </p>
        </section>
      ) : (
        <section
          aria-labelledby="agree-heading"
          className={`rounded border-l-4 bg-white p-3 ${status.state === "agreed" ? "border-green-700" : "border-red-700"}`}
        >
          <h2 id="agree-heading" className="text-xl font-bold">
            {status.stillToAgree.length > 0 ? t("rule.stillToAgree") : t("rule.everyoneAgreed")}
          </h2>
          {status.stillToAgree.length > 0 ? (
            <ul className="list-disc pl-6">
              {status.stillToAgree.map((row, index) => (
                <li key={index}>
                  <bdi>{row.name}</bdi>: {row.answer ? t(`answer.${row.answer}`) : t("answer.none")}
                  {row.reason ? (
                    <>
                      {" "}
                      ({t("rule.why")} <bdi>{row.reason}</bdi>)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <p>{status.endorsed ? t("rule.endorsed") : t("rule.notEndorsed")}</p>
        </section>
      )}

      <VersionDetails version={current} />

      {flags.canChange || flags.canReport ? (
        <ul className="flex flex-wrap gap-4">
          {flags.canChange ? (
            <li>
              <Link
                to="edit"
                className="inline-block rounded border-2 border-brand px-3 py-2 font-bold text-brand"
              >
                {t("rule.change")}
              </Link>
            </li>
          ) : null}
          {flags.canReport ? (
            <li>
              <Link
                to="report"
                className="inline-block rounded border-2 border-red-700 px-3 py-2 font-bold text-red-700"
              >
                {t("rule.report")}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}

      {flags.canAnswer ? (
        <section aria-labelledby="answer-heading" className="space-y-3">
          <h2 id="answer-heading" className="text-xl font-bold">
            {t("rule.yourAnswer")}
          </h2>
          <ErrorSummary errors={answerErrors} />
          <CreateForm noValidate>
            <input type="hidden" name="intent" value="answer" />
            <input type="hidden" name="version" value={current.number} />
            <fieldset className={`mb-4 ${answerErrors.answer ? "border-l-4 border-red-700 pl-3" : ""}`}>
              <legend className="font-bold">{t("rule.answerQuestion")}</legend>
              {answerErrors.answer ? (
                <p className="font-bold text-red-700">{t(answerErrors.answer)}</p>
              ) : null}
              {(["AGREE", "NOT_YET", "DISAGREE"] as const).map((answer, index) => (
                <div key={answer} className="mt-2 flex items-center gap-2">
                  <input
                    type="radio"
                    id={index === 0 ? "answer" : `answer-${answer}`}
                    name="answer"
                    value={answer}
                    defaultChecked={answerValues.answer === answer}
                    className="h-5 w-5"
                  />
                  <label htmlFor={index === 0 ? "answer" : `answer-${answer}`}>{t(`rule.${answer}`)}</label>
                </div>
              ))}
            </fieldset>
            <TextareaField
              name="reason"
              label={t("rule.reason")}
              defaultValue={answerValues.reason ?? ""}
              error={answerErrors.reason}
            />
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("rule.sendAnswer")}
            </button>
          </CreateForm>
        </section>
      ) : null}

      {flags.canEndorse ? (
        <section aria-labelledby="endorse-heading" className="space-y-3">
          <h2 id="endorse-heading" className="text-xl font-bold">
            {t("rule.endorseTitle")}
          </h2>
          <ErrorSummary errors={errorsFor("endorse")} />
          <p>{t("rule.endorseHint")}</p>
          <CreateForm>
            <input type="hidden" name="intent" value="endorse" />
            <input type="hidden" name="version" value={current.number} />
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("rule.endorse")}
            </button>
          </CreateForm>
        </section>
      ) : null}

      <section aria-labelledby="answers-heading" className="space-y-2">
        <h2 id="answers-heading" className="text-xl font-bold">
          {t("rule.answersTitle")}
        </h2>
        <Answers answers={current.answers} />
      </section>

      <section id="discussion" aria-labelledby="discussion-heading" className="space-y-3">
        <h2 id="discussion-heading" className="text-xl font-bold">
          {t("rule.discussion")}
        </h2>
        {comments.length === 0 ? <p>{t("rule.noComments")}</p> : null}
        <ul className="space-y-2">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded bg-white p-3">
              <p className="text-sm text-gray-700">
                {isolatedName(
                  (slot) => t("rule.commentBy", { name: slot, date: comment.date }),
                  comment.name,
                )}
              </p>
              <p dir="auto" className="whitespace-pre-line">
                {comment.text}
              </p>
            </li>
          ))}
        </ul>
        {flags.canDiscuss ? (
          <CreateForm noValidate>
            <input type="hidden" name="intent" value="comment" />
            <ErrorSummary errors={errorsFor("comment")} />
            <TextareaField
              name="text"
              id="comment"
              label={t("rule.comment")}
              defaultValue={valuesFor("comment").text ?? ""}
              error={errorsFor("comment").text}
            />
            <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
              {t("rule.post")}
            </button>
          </CreateForm>
        ) : null}
      </section>

      {reports.length > 0 ? (
        <section aria-labelledby="reports-heading" className="space-y-2">
          <h2 id="reports-heading" className="text-xl font-bold">
            {t("rule.reportsTitle")}
          </h2>
          <ul className="list-disc pl-6">
            {reports.map((report) => (
              <li key={report.id}>
                <Link
                  to={`/families/${familyId}/rules/reports/${report.id}`}
                  className="text-brand underline"
                >
                  {t("report.kindLine", { kind: t(`report.${report.kind}`), day: report.day })}
                </Link>{" "}
                {report.followUps > 0 ? t("report.answered") : t("report.open")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {flags.canRetire ? (
        <section aria-labelledby="retire-heading" className="space-y-3">
          <h2 id="retire-heading" className="text-xl font-bold">
            {t("rule.retireTitle")}
          </h2>
          <p>{t("rule.retireHint")}</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="retire" />
            <ErrorSummary errors={errorsFor("retire")} />
            <TextareaField
              name="reason"
              id="retire-reason"
              label={t("rule.retireReason")}
              defaultValue={valuesFor("retire").reason ?? ""}
              error={errorsFor("retire").reason}
            />
            <button
              type="submit"
              className="rounded border-2 border-red-700 px-4 py-2 font-bold text-red-700"
            >
              {t("rule.retire")}
            </button>
          </Form>
        </section>
      ) : null}

      {earlier.length > 0 ? (
        <section aria-labelledby="versions-heading" className="space-y-2">
          <h2 id="versions-heading" className="text-xl font-bold">
            {t("rule.versionsTitle")}
          </h2>
          {earlier.map((version) => (
            <details key={version.number} className="rounded bg-white p-3">
              <summary className="cursor-pointer text-brand underline">
                {t("rule.versionN", { number: version.number, date: version.date })}
              </summary>
              <p className="mt-2 font-bold" dir="auto">
                {version.text}
              </p>
              <VersionDetails version={version} />
              <h3 className="mt-2 font-bold">{t("rule.answersTitle")}</h3>
              <Answers answers={version.answers} />
            </details>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-bold">
          {t("rule.historyTitle")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          {history.map((event, index) => (
            <li key={index}>
              {event.date}:{" "}
              {isolatedName(
                (slot) =>
                  t(`rule.history.${event.kind}`, {
                    name: slot,
                    number: event.number,
                    answer: event.answer ? t(`answer.${event.answer}`) : "",
                  }),
                event.name,
              )}
              {event.reason ? (
                <>
                  {" "}
                  {t("rule.why")} <bdi>{event.reason}</bdi>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function Names({ names }: { names: string[] }) {
  const { t } = useTranslation("rules");
  if (names.length === 0) return <>{t("rule.nobody")}</>;
  return (
    <>
      {names.map((name, index) => (
        <span key={index}>
          {index > 0 ? ", " : ""}
          <bdi>{name}</bdi>
        </span>
      ))}
    </>
  );
}

function VersionDetails({ version }: { version: VersionView }) {
  const { t } = useTranslation("rules");
  const rows: [string, React.ReactNode][] = [
    [t("rule.about"), <Names key="a" names={version.involved} />],
    [t("rule.checkers"), <Names key="c" names={version.checkers} />],
    ...(version.worry
      ? [[t("rule.worry"), <bdi key="w">{version.worry}</bdi>] as [string, React.ReactNode]]
      : []),
    ...(version.warningSigns
      ? [
          [
            t("rule.warningSigns"),
            <bdi key="s" className="whitespace-pre-line">
              {version.warningSigns}
            </bdi>,
          ] as [string, React.ReactNode],
        ]
      : []),
    [
      t("rule.ifBroken"),
      <bdi key="b" className="whitespace-pre-line">
        {version.ifBroken}
      </bdi>,
    ],
    ...(version.whoToCall
      ? [
          [
            t("rule.whoToCall"),
            <bdi key="p" className="whitespace-pre-line">
              {version.whoToCall}
            </bdi>,
          ] as [string, React.ReactNode],
        ]
      : []),
  ];
  return (
    <dl className="space-y-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="font-bold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Answers({ answers }: { answers: VersionView["answers"] }) {
  const { t } = useTranslation("rules");
  if (answers.length === 0) return <p>{t("rule.noAnswers")}</p>;
  return (
    <ul className="list-disc pl-6">
      {answers.map((row, index) => (
        <li key={index}>
          {isolatedName(
            (slot) => t("rule.answerLine", { name: slot, answer: t(`answer.${row.answer}`) }),
            row.name,
          )}{" "}
          ({row.date})
          {row.reason ? (
            <>
              {" "}
              {t("rule.why")} <bdi>{row.reason}</bdi>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
