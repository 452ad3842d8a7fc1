import type { LoaderFunctionArgs } from "@remix-run/node";

import { SectionPreview } from "~/components/section-preview";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "family:sections.meetings.title", hydrate: false };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  return null;
}

export default function MeetingsPage() {
  return <SectionPreview section="meetings" />;
}
