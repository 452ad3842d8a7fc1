import { type LoaderFunctionArgs } from "@remix-run/node";

import { downloadPaperFile } from "~/modules/meetings/paper-files.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { notFound, requireIdParam } from "~/utils/http.server";

// A resource route: the paper's PDF, only as an attachment (docs/decisions/2026-12-05-meeting-paper-uploads.md).
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  const response = await downloadPaperFile({
    request,
    access,
    meetingId: requireIdParam(params.meetingId),
    paperId: requireIdParam(params.paperId),
  });
  if (!response) throw notFound();
  return response;
}
