import type { LoaderFunctionArgs } from "@remix-run/node";

import { isLanguage } from "~/i18n";
import { notFound } from "~/modules/permissions/guard.server";
import { getBundleVersion, getResources } from "~/utils/locales.server";

/** All strings of one language. The URL carries a content hash, so phones cache it for good. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLanguage(params.lng)) throw notFound();
  const version = getBundleVersion(params.lng);
  const asked = new URL(request.url).searchParams.get("v");
  return new Response(JSON.stringify(getResources()[params.lng]), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": asked === version ? "public, max-age=31536000, immutable" : "public, max-age=300",
      ETag: `"${version}"`,
    },
  });
}
