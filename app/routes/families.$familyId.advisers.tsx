import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply, listOf } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { AdviserForm } from "~/components/sharing/adviser-form";
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
import { refuse } from "~/utils/forms.server";
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
  const submission = parseAdviserViewForm(form);
  if (submission.status !== "success") return refuse(submission, { "": "kinship:errors.generic" });
  const outcome = await saveOnce({ personId: access.person.id, kind: "adviser.view", form }, () =>
    setAdviserView({ access, ...submission.value, request }),
  );
  if (!outcome.ok) {
    if (outcome.error === "not-found") throw new Response(null, { status: 404 });
    // Someone else chose in between: the page shows what is saved now beside what this person ticked.
    return refuse(submission, { "": "kinship:errors.adviserConflict" }, 409);
  }
  return redirect(`/families/${access.familyId}/advisers?saved=1`);
}

export default function AdvisersPage() {
  const { t } = useTranslation("kinship");
  const { advisers, canChange } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const reply = isReply(actionData) ? actionData : null;
  const error = reply?.error?.[""]?.[0];
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
      {error ? (
        <div role="alert" className="border-4 border-red-700 bg-white p-3">
          <p className="font-bold text-red-700">{t(error)}</p>
          {error === "kinship:errors.adviserConflict" ? (
            <p>{t("advisers.yourChoice", { areas: listAreas(t, listOf(reply?.initialValue?.areas)) })}</p>
          ) : null}
        </div>
      ) : null}
      {advisers.length === 0 ? <p>{t("advisers.none")}</p> : null}
      {advisers.map((adviser) => {
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
              <AdviserForm
                adviser={adviser}
                reply={reply?.initialValue?.membershipId === adviser.membershipId ? reply : null}
              />
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
