import type { LoaderFunctionArgs } from "@remix-run/node";

import { myCopyDownload } from "~/modules/my-data/my-data-page.server";

// A resource route: the zip of everything about the signed-in person that they may see.
export function loader({ request, context }: LoaderFunctionArgs) {
  return myCopyDownload({ request, context });
}
