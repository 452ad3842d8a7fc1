import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CommitmentForm } from "~/components/commitments/commitment-form";
import { Link } from "~/components/link";
import { MAX_SLOTS } from "~/modules/commitments/commitment-constants";
import { CommitmentFormSchema, offerCommitment } from "~/modules/commitments/commitments.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";
import { ukParts } from "~/utils/uk-time";

export const handle: RouteHandle = { titleKey: "commitments:form.offerTitle", i18n: ["commitments"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "offer", { context });
  return { familyId: access.familyId, today: ukParts(new Date()).date };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "offer");
  const form = await readForm(request);
  const submission = parseSubmission(form, CommitmentFormSchema);
  if (submission.status !== "success") return refuse(submission);
  const input = submission.value;
  const id = await saveOnce({ personId: access.person.id, kind: "commitment.offer", form }, () =>
    offerCommitment({ access, input, request }),
  );
  return redirect(`/families/${access.familyId}/commitments/${id}?done=offer`);
}

export default function OfferCommitment() {
  const { t } = useTranslation("commitments");
  const { familyId, today } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("form.offerTitle")}</h1>
      <p>{t("form.intro")}</p>
      <CommitmentForm
        id="commitment"
        lastResult={useActionData<typeof action>()}
        defaultValue={{ startDate: today }}
        maxSlots={MAX_SLOTS}
        submitLabel={t("form.send")}
      />
      <p>
        <Link to={`/families/${familyId}/commitments`} className="text-brand underline">
          {t("form.back")}
        </Link>
      </p>
    </div>
  );
}
