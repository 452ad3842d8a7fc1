import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { replyFor } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { RuleAgreement } from "~/components/rules/rule-agreement";
import { RuleDiscussion } from "~/components/rules/rule-discussion";
import { EarlierVersions, RuleHistory } from "~/components/rules/rule-history";
import { AnswerForm, EndorseForm, RetireForm } from "~/components/rules/rule-page-forms";
import { RuleReportsList } from "~/components/rules/rule-reports-list";
import { Answers, VersionDetails } from "~/components/rules/rule-version";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { ruleAction, rulePage } from "~/modules/rules/rule-page.server";
import type { RouteHandle } from "~/root";

// A reading page whose forms post without JavaScript.
export const handle: RouteHandle = { titleKey: "rules:rule.title", i18n: ["rules"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "rules", "view", {
    context,
    audit: "later",
  });
  return rulePage({ request, access, ruleIdParam: params.ruleId });
}

export async function action({ request, params }: ActionFunctionArgs) {
  return ruleAction({ request, params });
}

export default function RulePage() {
  const { t } = useTranslation("rules");
  const { familyId, current, earlier, status, retired, comments, reports, history, flags } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const saved = useSearchParams()[0].get("saved");

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

      <RuleAgreement status={status} retired={retired} />

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

      {flags.canAnswer ? <AnswerForm version={current.number} reply={replyFor(result, "answer")} /> : null}
      {flags.canEndorse ? <EndorseForm version={current.number} reply={replyFor(result, "endorse")} /> : null}

      <section aria-labelledby="answers-heading" className="space-y-2">
        <h2 id="answers-heading" className="text-xl font-bold">
          {t("rule.answersTitle")}
        </h2>
        <Answers answers={current.answers} />
      </section>

      <RuleDiscussion comments={comments} canDiscuss={flags.canDiscuss} reply={replyFor(result, "comment")} />
      <RuleReportsList familyId={familyId} reports={reports} />
      {flags.canRetire ? <RetireForm reply={replyFor(result, "retire")} /> : null}
      <EarlierVersions earlier={earlier} />
      <RuleHistory history={history} />
    </div>
  );
}
