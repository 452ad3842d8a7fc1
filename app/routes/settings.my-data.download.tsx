import type { LoaderFunctionArgs } from "@remix-run/node";

import { myCopyDownload } from "~/modules/my-data/my-data-page.server";
import type { RouteHandle } from "~/root";

// The parts' namespaces the copy is written with, on the server (see settings.my-data._index).
export const handle: RouteHandle = {
  i18n: ["commitments", "family", "kinship", "meetings", "network", "plan", "rules"],
};

// A resource route: the zip of everything about the signed-in person that they may see.
export function loader({ request, context }: LoaderFunctionArgs) {
  return myCopyDownload({ request, context });
}
