import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { AskForm } from "~/components/questions/question-forms";
import { WhatToDoNow } from "~/components/what-to-do-now";
import { whatToDoNumbers } from "~/modules/organisation/contacts.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { AskSchema } from "~/modules/questions/questions.schema.server";
import { askQuestion, whoCanBeAsked } from "~/modules/questions/questions.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "questions:ask.title", i18n: ["questions"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "questions", "ask", { context });
  const [askable, numbers] = await Promise.all([
    whoCanBeAsked({ familyId: access.familyId }),
    whatToDoNumbers({ familyId: access.familyId }),
  ]);
  return {
    familyId: access.familyId,
    askable,
    socialWorkPhone: numbers.socialWorkPhone,
    outOfHoursPhone: numbers.outOfHoursPhone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "questions", "ask");
  const form = await readForm(request);
  const submission = parseSubmission(form, AskSchema);
  if (submission.status !== "success") return refuse(submission);
  const id = await saveOnce({ personId: access.person.id, kind: "questions.ask", form }, () =>
    askQuestion({ access, input: submission.value, request }),
  );
  // Someone who cannot be asked (left the family, or never in it): choose again.
  if (!id) return refuse(submission, { to: "questions:errors.toRequired" });
  return redirect(`/families/${access.familyId}/questions/${id}?done=asked`);
}

export default function AskQuestion() {
  const { t } = useTranslation("questions");
  const { familyId, askable, socialWorkPhone, outOfHoursPhone } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/families/${familyId}/questions`} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("ask.title")}</h1>
      <p>{t("ask.intro")}</p>
      <WhatToDoNow
        socialWorkPhone={socialWorkPhone}
        outOfHoursPhone={outOfHoursPhone}
        title={t("crisis.title")}
      >
        <p className="mt-2">{t("crisis.notUrgent")}</p>
      </WhatToDoNow>
      {askable.length === 0 ? (
        <p>{t("ask.nobody")}</p>
      ) : (
        <AskForm lastResult={lastResult} askable={askable} />
      )}
    </div>
  );
}
