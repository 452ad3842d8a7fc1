import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ServiceForm } from "~/components/directory/service-form";
import { recordAudit } from "~/modules/audit/audit.server";
import { requireViewer } from "~/modules/auth/session.server";
import { serviceFromForm } from "~/modules/directory/directory-form.server";
import { saveNew } from "~/modules/directory/directory.server";
import {
  getOrganisationScope,
  organisationsWith,
  requireOrganisationPermission,
} from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";
import { refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "directory:edit.addTitle", hydrate: true };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const organisations = organisationsWith(await getOrganisationScope(request, context), "directory", "edit");
  // Nobody to add for: the same refusal (and audit row) as any other organisation they are not in.
  if (organisations.length === 0)
    await requireOrganisationPermission(request, null, "directory", "edit", { context });
  return { organisations };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const organisations = organisationsWith(await getOrganisationScope(request, context), "directory", "edit");
  const { person, organisationId } = await requireOrganisationPermission(
    request,
    form.get("organisationId") ?? organisations[0]?.id,
    "directory",
    "edit",
    { context },
  );
  const submission = serviceFromForm(form, null);
  if (submission.status !== "success") return refuse(submission);
  const service = submission.value;
  const saved = await saveOnce({ personId: person.id, kind: "directory.new", form }, async () => {
    const entry = await saveNew({ organisationId, service, personId: person.id });
    if (entry.ok)
      await recordAudit({
        request,
        action: "directory.create",
        actorId: person.id,
        entity: "directory",
        entityId: entry.id,
      });
    return entry;
  });
  if (!saved.ok) return refuse(submission, { serviceId: "directory:errors.taken" });
  return redirect(`/directory/${saved.id}?done=saved`);
}

export default function NewDirectoryEntry() {
  const { t } = useTranslation("directory");
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("edit.addTitle")}</h1>
      <p>{t("edit.intro")}</p>
      <ServiceForm
        defaultValue={{
          organisationId: organisations[0]?.id ?? "",
          closedOnBankHolidays: "on",
          areaType: "local_authority",
        }}
        lastResult={actionData ?? null}
        hidden={organisations.length === 1 ? { organisationId: organisations[0].id } : {}}
        isNew
        organisations={organisations}
      />
    </div>
  );
}
