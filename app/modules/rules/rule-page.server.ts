// What the rule page shows and what its forms do, worked out on the server so the route stays thin.
import { redirect } from "@remix-run/node";

import { familyPeople } from "~/modules/family/people.server";
import { can } from "~/modules/permissions/can";
import { recordRead, requireIntentPermission, type FamilyAccess } from "~/modules/permissions/guard.server";
import { listReports } from "~/modules/rules/reports.server";
import {
  AnswerSchema,
  CommentSchema,
  EndorseSchema,
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
} from "~/modules/rules/rules.server";
import { dateFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

/** The rule must be this family's. */
export async function requireRule(familyId: string, ruleIdParam: string | undefined) {
  const rule = await getRule({ familyId, ruleId: requireIdParam(ruleIdParam) });
  if (!rule) throw notFound();
  return rule;
}

type Rule = Awaited<ReturnType<typeof requireRule>>;

/** The rule page: the current version, who still has to agree, the talk, reports and history. */
export async function rulePage({
  request,
  access,
  ruleIdParam,
}: {
  request: Request;
  access: FamilyAccess;
  ruleIdParam: string | undefined;
}) {
  const rule = await requireRule(access.familyId, ruleIdParam);
  const [people, worries, comments, reports, formatDate] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
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
  const versionView = (version: Rule["current"]) => ({
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
      canAnswer: !retired && named && can(access, "rules", "agree"),
      canEndorse: !retired && !rule.status.endorsed && can(access, "rules", "endorse"),
      canChange: !retired && can(access, "rules", "propose"),
      canReport: !retired && can(access, "rules", "report"),
      canDiscuss: can(access, "rules", "discuss"),
      canRetire: !retired && can(access, "rules", "retire"),
    },
  };
}

export type RulePageData = Awaited<ReturnType<typeof rulePage>>;
export type RuleVersionShown = RulePageData["current"];

/** An answer (agree, not yet, disagree and why) or the social worker's yes, to the version read. */
function readAnswer(form: URLSearchParams, intent: "answer" | "endorse") {
  if (intent === "endorse") {
    const submission = parseSubmission(form, EndorseSchema);
    const given =
      submission.status === "success"
        ? { version: submission.value.version, answer: "ENDORSE" as const, reason: "" }
        : null;
    return { submission, given };
  }
  const submission = parseSubmission(form, AnswerSchema);
  return { submission, given: submission.status === "success" ? submission.value : null };
}

/**
 * The rule page's forms, each posting an `intent`: answer the rule, endorse it, retire it or
 * write under it. The intent table gives the right each needs.
 */
export async function ruleAction({
  request,
  params,
}: {
  request: Request;
  params: { familyId?: string; ruleId?: string };
}) {
  const form = await readForm(request);
  const { access, intent } = await requireIntentPermission(request, params.familyId, "rule", form);
  const rule = await requireRule(access.familyId, params.ruleId);
  const back = `/families/${access.familyId}/rules/${rule.id}`;

  if (intent === "answer" || intent === "endorse") {
    const { submission, given } = readAnswer(form, intent);
    if (!given) return refuse(submission);
    const outcome = await saveOnce(
      { personId: access.person.id, kind: `rule.${intent}:${rule.id}`, form },
      () => answerRule({ access, ruleId: rule.id, ...given, request }),
      { saved: (answered) => answered === "ok" },
    );
    // The rule moved on while the page was open: a whole-form error that says what happened.
    if (outcome !== "ok")
      return refuse(submission, { "": `rules:rule.${outcome === "retired" ? "retiredNow" : outcome}` }, 409);
    return redirect(`${back}?saved=${intent}`);
  }
  if (intent === "retire") {
    const submission = parseSubmission(form, RetireSchema);
    if (submission.status !== "success") return refuse(submission);
    await retireRule({ access, ruleId: rule.id, reason: submission.value.reason, request });
    return redirect(back);
  }
  const submission = parseSubmission(form, CommentSchema);
  if (submission.status !== "success") return refuse(submission);
  await saveOnce({ personId: access.person.id, kind: `rule.comment:${rule.id}`, form }, () =>
    addComment({ access, ruleId: rule.id, text: submission.value.text, request }),
  );
  return redirect(`${back}#discussion`);
}
