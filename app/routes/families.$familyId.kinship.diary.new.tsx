import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { DiaryForm } from "~/components/kinship/diary-form";
import { createDiaryEntry, DiarySchema, listPossibleReaders } from "~/modules/kinship/diary.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";
import { ukParts } from "~/utils/uk-time";

export const handle: RouteHandle = { titleKey: "kinship:diary.newTitle", i18n: ["kinship"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "diary", "write", { context });
  return {
    readers: await listPossibleReaders({ familyId: access.familyId, personId: access.person.id }),
    today: ukParts(new Date()).date,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "diary", "write");
  const form = await readForm(request);
  const submission = parseSubmission(form, DiarySchema);
  if (submission.status !== "success") return refuse(submission);
  const id = await saveOnce({ personId: access.person.id, kind: "diary.new", form }, () =>
    createDiaryEntry({ access, input: submission.value, request }),
  );
  return redirect(`/families/${access.familyId}/kinship/diary/${id}?done=added`);
}

export default function NewDiaryEntry() {
  const { t } = useTranslation("kinship");
  const { readers, today } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("diary.newTitle")}</h1>
      <p>{t("diary.privacy")}</p>
      <DiaryForm
        id="diary-new"
        lastResult={useActionData<typeof action>()}
        defaultValue={{ day: today }}
        readers={readers}
        submitLabel={t("diary.form.save")}
      />
    </div>
  );
}
