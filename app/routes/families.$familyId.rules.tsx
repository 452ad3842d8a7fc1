import type { LoaderFunctionArgs } from "@remix-run/node";

import { SectionPreview } from "~/components/section-preview";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "family:sections.rules.title", hydrate: false };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireFamilyPermission(request, params.familyId, "rules", "view", { context });
  return null;
}

export default function RulesPage() {
  return <SectionPreview section="rules" />;
}
