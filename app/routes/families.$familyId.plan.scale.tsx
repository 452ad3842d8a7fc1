import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply } from "~/components/forms/use-server-form";
import { BackToPlan } from "~/components/plan/back-to-plan";
import { ScaleChart } from "~/components/plan/scale-chart";
import { ScaleForm } from "~/components/plan/scale-form";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { ScaleSchema } from "~/modules/plan/plan.schema.server";
import { getLatestVersion } from "~/modules/plan/plan.server";
import { listScale, recordScale } from "~/modules/plan/responses.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "plan:scale.title", i18n: ["plan"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "plan", "view", { context });
  const [scores, latest, formatDate] = await Promise.all([
    listScale({ familyId: access.familyId }),
    getLatestVersion({ access }),
    dateFormatter(request),
  ]);
  return {
    familyId: access.familyId,
    canRate: can(access, "plan", "rate"),
    question: latest?.content.scalingQuestion ?? "",
    points: scores.map((row) => ({
      personId: row.personId,
      name: row.person.name,
      role: row.role,
      score: row.score,
      note: row.note,
      at: row.createdAt.toISOString(),
      label: formatDate(row.createdAt),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "plan", "rate");
  const form = await readForm(request);
  const submission = parseSubmission(form, ScaleSchema);
  if (submission.status !== "success") return refuse(submission);
  const { score, note } = submission.value;
  await saveOnce({ personId: access.person.id, kind: "plan.scale", form }, () =>
    recordScale({ access, score, note, request }),
  );
  return redirect(`/families/${access.familyId}/plan/scale?saved=1`);
}

export default function SafetyScale() {
  const { t } = useTranslation("plan");
  const { familyId, canRate, question, points } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();

  return (
    <div className="space-y-6">
      <BackToPlan familyId={familyId} />
      <h1 className="text-3xl font-bold">{t("scale.title")}</h1>
      <p>{t("scale.intro")}</p>
      {question ? <p className="rounded bg-white p-3 italic">{question}</p> : null}

      {canRate ? <ScaleForm reply={isReply(result) ? result : null} /> : null}

      <section aria-labelledby="over-time" className="space-y-3">
        <h2 id="over-time" className="text-xl font-bold">
          {t("scale.overTime")}
        </h2>
        {points.length === 0 ? <p>{t("scale.none")}</p> : <ScaleChart points={points} />}
        {points.length > 0 ? (
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("scale.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b p-2">
                  {t("scale.when")}
                </th>
                <th scope="col" className="border-b p-2">
                  {t("scale.who")}
                </th>
                <th scope="col" className="border-b p-2">
                  {t("scale.score")}
                </th>
                <th scope="col" className="border-b p-2">
                  {t("scale.noteColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((point, index) => (
                <tr key={index}>
                  <td className="border-b p-2">{point.label}</td>
                  <td className="border-b p-2">
                    {point.name} ({t(`common:roles.${point.role}`)})
                  </td>
                  <td className="border-b p-2 font-bold">{point.score}</td>
                  <td dir="auto" className="border-b p-2">
                    {point.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
