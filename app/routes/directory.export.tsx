import type { LoaderFunctionArgs } from "@remix-run/node";

import { recordAudit } from "~/modules/audit/audit.server";
import { exportDirectory } from "~/modules/directory/directory-file.server";
import { requireOrganisationPermission } from "~/modules/permissions/organisation-guard.server";

/** GET /directory/export?organisationId=…: the organisation's directory as Open Referral UK JSON. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const requested = new URL(request.url).searchParams.get("organisationId");
  const { person, organisationId } = await requireOrganisationPermission(
    request,
    requested,
    "directory",
    "export",
    { context },
  );
  const body = await exportDirectory(organisationId);
  await recordAudit({
    request,
    action: "directory.export",
    actorId: person.id,
    entity: "directory",
    entityId: organisationId,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="directory.json"',
      "Cache-Control": "no-store",
    },
  });
}
