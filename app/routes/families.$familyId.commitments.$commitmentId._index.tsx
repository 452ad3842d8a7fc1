import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CheckInForm } from "~/components/commitments/check-in-form";
import { CheckInList, VersionHistory } from "~/components/commitments/commitment-history";
import { MissedCheckIns } from "~/components/commitments/missed-check-ins";
import { ScheduleList } from "~/components/commitments/schedule-text";
import { StatusForm } from "~/components/commitments/status-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { replyFor, useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { answerCommitmentForm, commitmentPage } from "~/modules/commitments/commitment-page.server";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "commitments:title", i18n: ["commitments"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "view", { context });
  return commitmentPage({ access, id: requireIdParam(params.commitmentId), request });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { access, intent } = await requireIntentPermission(request, params.familyId, "commitment", form);
  return answerCommitmentForm({ access, intent, param: params.commitmentId, form, request });
}

const doneMessages = ["offer", "accept", "checkIn", "edit", "status"];

export default function CommitmentPage() {
  const { t } = useTranslation("commitments");
  const { familyId, commitment, canAccept, canEdit, canStop, choices, missed, checkIns, versions } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [accept] = useServerForm({ id: "commitment-accept", lastResult: replyFor(result, "accept") });
  const [search] = useSearchParams();
  const done = search.get("done");

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(`kind.${commitment.kind}`)}</h1>
      {done && doneMessages.includes(done) ? (
        <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
          {t(`detail.done.${done}`)}
        </p>
      ) : null}
      <p>{isolatedName((slot) => t("detail.keeper", { name: slot }), commitment.who)}</p>
      <p className="font-bold">{t(`status.${commitment.status}`)}</p>
      {commitment.statusReason ? (
        <p className="break-words">
          {isolatedName((slot) => t("detail.reason", { reason: slot }), commitment.statusReason)}
        </p>
      ) : null}
      {commitment.words ? (
        <p dir="auto" className="rounded bg-white p-3 break-words">
          {commitment.words}
        </p>
      ) : null}
      <section aria-labelledby="when-heading">
        <h2 id="when-heading" className="text-xl font-bold">
          {t("detail.when")}
        </h2>
        <ScheduleList slots={commitment.slots} />
        <p>
          {commitment.end
            ? t("datesWithEnd", { start: commitment.start, end: commitment.end })
            : t("dates", { start: commitment.start })}
        </p>
      </section>

      <ul className="space-y-1">
        <li>
          {commitment.familyAcceptedBy !== null
            ? isolatedName((slot) => t("detail.agreedFamily", { name: slot }), commitment.familyAcceptedBy)
            : t("detail.waitingFamily")}
        </li>
        <li>
          {commitment.practitionerAcceptedBy !== null
            ? isolatedName(
                (slot) => t("detail.agreedPractitioner", { name: slot }),
                commitment.practitionerAcceptedBy,
              )
            : t("detail.waitingPractitioner")}
        </li>
      </ul>
      {/* Outside the condition: a refusal (say, someone else agreed first) stays in view. */}
      <ErrorSummary form={accept} />
      {canAccept ? (
        <Form id={accept.id} method="post">
          <input type="hidden" name="revision" value={commitment.revision} />
          <button
            type="submit"
            name="intent"
            value="accept"
            className="rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("detail.accept")}
          </button>
        </Form>
      ) : null}

      <MissedCheckIns familyId={familyId} missed={missed} />

      {choices ? <CheckInForm choices={choices} lastResult={replyFor(result, "checkIn")} /> : null}

      <CheckInList checkIns={checkIns} />

      {canEdit ? (
        <p>
          <Link
            to={`/families/${familyId}/commitments/${commitment.id}/edit`}
            className="inline-block rounded border-2 border-green-800 px-4 py-2 font-bold text-green-800"
          >
            {t("detail.change")}
          </Link>
        </p>
      ) : null}

      <StatusForm
        canStop={canStop}
        status={commitment.status}
        revision={commitment.revision}
        lastResult={replyFor(result, "status")}
      />

      <VersionHistory versions={versions} />
      <p>
        <Link to={`/families/${familyId}/commitments`} className="text-brand underline">
          {t("form.back")}
        </Link>
      </p>
    </div>
  );
}
