import { redirect, type LoaderFunctionArgs } from "@remix-run/node";

import { openNotice } from "~/modules/notices/notices.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { notFound, requireIdParam } from "~/utils/http.server";

// One tap on What's new: marks the person's own notice read and goes on to the thing's page
// (which guards itself). Another person's notice, or one for a thing they may no longer see: 404.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "family", "view", { context });
  const noticeId = requireIdParam(params.noticeId);
  const href = await openNotice({ access, noticeId });
  if (!href) throw notFound();
  return redirect(href);
}
