import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyErrorSummary as ErrorSummary,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { BackToPlan } from "~/components/plan/back-to-plan";
import { ScaleChart } from "~/components/plan/scale-chart";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { ScaleSchema } from "~/modules/plan/plan.schema.server";
import { getLatestVersion } from "~/modules/plan/plan.server";
import { listScale, recordScale } from "~/modules/plan/responses.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { parseForm } from "~/utils/forms.server";
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
    canRate: can(access.role, "plan", "rate"),
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
  const parsed = parseForm(form, ScaleSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveOnce({ personId: access.person.id, kind: "plan.scale", form }, () =>
    recordScale({ access, ...parsed.data, request }),
  );
  return redirect(`/families/${access.familyId}/plan/scale?saved=1`);
}

export default function SafetyScale() {
  const { t } = useTranslation("plan");
  const { familyId, canRate, question, points } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};

  return (
    <div className="space-y-6">
      <BackToPlan familyId={familyId} />
      <h1 className="text-3xl font-bold">{t("scale.title")}</h1>
      <p>{t("scale.intro")}</p>
      {question ? <p className="rounded bg-white p-3 italic">{question}</p> : null}

      {canRate ? (
        <CreateForm noValidate className="space-y-3">
          <ErrorSummary errors={errors} />
          <fieldset className={errors.score ? "border-l-4 border-red-700 pl-3" : ""}>
            <legend className="font-bold">{t("scale.question")}</legend>
            <p className="text-sm text-gray-700">{t("scale.hint")}</p>
            {errors.score ? <p className="font-bold text-red-700">{t(`errors:${errors.score}`)}</p> : null}
            <div className="mt-2 flex flex-wrap gap-1">
              {Array.from({ length: 11 }, (_, score) => (
                <div key={score}>
                  <input
                    type="radio"
                    name="score"
                    value={score}
                    id={score === 0 ? "score" : `score-${score}`}
                    defaultChecked={values.score === String(score)}
                    className="peer sr-only"
                  />
                  <label
                    htmlFor={score === 0 ? "score" : `score-${score}`}
                    className="block w-10 cursor-pointer rounded border-2 border-gray-800 bg-white py-2 text-center font-bold peer-checked:bg-brand peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-4 peer-focus-visible:outline-focus"
                  >
                    {score}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <TextareaField
            name="note"
            label={t("scale.note")}
            hint={t("scale.noteHint")}
            defaultValue={values.note ?? ""}
            error={errors.note}
          />
          <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
            {t("scale.save")}
          </button>
        </CreateForm>
      ) : null}

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
