import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { isolatedName } from "~/components/isolated-name";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { adviserAreas } from "~/modules/permissions/matrix";
import {
  listAdviserViews,
  parseAdviserViewForm,
  setAdviserView,
} from "~/modules/sharing/adviser-view.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "kinship:advisers.title", i18n: ["kinship"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "adviserAccess", "view", {
    context,
  });
  const [advisers, format] = await Promise.all([
    listAdviserViews({ familyId: access.familyId }),
    dateFormatter(request),
  ]);
  return {
    canChange: can(access, "adviserAccess", "change"),
    advisers: advisers.map((adviser) => ({
      ...adviser,
      history: adviser.history.map((change) => ({ ...change, at: format(change.at) })),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "adviserAccess", "change");
  const form = await readForm(request);
  const parsed = parseAdviserViewForm(form);
  if (!parsed.success)
    return data(
      { error: "kinship:errors.generic", membershipId: null, areas: [] as string[] },
      { status: 400 },
    );
  const outcome = await saveOnce({ personId: access.person.id, kind: "adviser.view", form }, () =>
    setAdviserView({ access, ...parsed.data, request }),
  );
  if (!outcome.ok) {
    if (outcome.error === "not-found") throw new Response(null, { status: 404 });
    // Someone else chose in between: show what is saved now beside what this person ticked.
    return data(
      {
        error: "kinship:errors.adviserConflict",
        membershipId: parsed.data.membershipId,
        areas: parsed.data.areas as string[],
      },
      { status: 409 },
    );
  }
  return redirect(`/families/${access.familyId}/advisers?saved=1`);
}

export default function AdvisersPage() {
  const { t } = useTranslation("kinship");
  const { advisers, canChange } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("advisers.title")}</h1>
      <p>{t(canChange ? "advisers.intro" : "advisers.introReadOnly")}</p>
      {searchParams.get("saved") ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("advisers.saved")}
        </p>
      ) : null}
      {actionData?.error ? (
        <div role="alert" className="border-4 border-red-700 bg-white p-3">
          <p className="font-bold text-red-700">{t(actionData.error)}</p>
          {actionData.membershipId ? (
            <p>{t("advisers.yourChoice", { areas: listAreas(t, actionData.areas) })}</p>
          ) : null}
        </div>
      ) : null}
      {advisers.length === 0 ? <p>{t("advisers.none")}</p> : null}
      {advisers.map((adviser) => {
        const mine = actionData?.membershipId === adviser.membershipId ? actionData.areas : null;
        return (
          <section
            key={adviser.membershipId}
            aria-labelledby={`adviser-${adviser.membershipId}`}
            className="rounded border-2 border-gray-300 bg-white p-4"
          >
            <h2 id={`adviser-${adviser.membershipId}`} className="text-xl font-bold break-words">
              <bdi>{adviser.name}</bdi>
            </h2>
            <p>
              {isolatedName(
                (name) =>
                  t("advisers.seesNow", {
                    name,
                    areas: listAreas(
                      t,
                      adviserAreas.filter((area) => adviser.view[area]),
                    ),
                  }),
                adviser.name,
              )}
            </p>
            {canChange ? (
              <CreateForm className="mt-3">
                <input type="hidden" name="membershipId" value={adviser.membershipId} />
                <input type="hidden" name="revision" value={adviser.revision} />
                <fieldset>
                  <legend className="font-bold">
                    {isolatedName((name) => t("advisers.legend", { name }), adviser.name)}
                  </legend>
                  {adviserAreas.map((area) => (
                    <div key={area} className="mt-2 flex items-start gap-2">
                      <input
                        type="checkbox"
                        name="areas"
                        value={area}
                        id={`${adviser.membershipId}-${area}`}
                        defaultChecked={mine ? mine.includes(area) : adviser.view[area]}
                        className="mt-1 h-5 w-5"
                      />
                      <label htmlFor={`${adviser.membershipId}-${area}`}>{t(`advisers.areas.${area}`)}</label>
                    </div>
                  ))}
                </fieldset>
                <button type="submit" className="mt-3 rounded bg-green-800 px-4 py-2 font-bold text-white">
                  {isolatedName((name) => t("advisers.save", { name }), adviser.name)}
                </button>
              </CreateForm>
            ) : null}
            <h3 className="mt-4 font-bold">{t("advisers.history")}</h3>
            {adviser.history.length === 0 ? (
              <p>{t("advisers.noHistory")}</p>
            ) : (
              <ul className="list-disc pl-6">
                {adviser.history.map((change) => (
                  <li key={change.id}>
                    {isolatedName(
                      (name) =>
                        t("advisers.change", { at: change.at, name, areas: listAreas(t, change.shown) }),
                      change.byName,
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function listAreas(t: (key: string) => string, areas: readonly string[]) {
  return areas.length === 0
    ? t("advisers.areasNone")
    : areas.map((area) => t(`advisers.areaNames.${area}`)).join(", ");
}
