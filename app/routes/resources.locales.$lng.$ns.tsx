import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";

import { supportedLanguages } from "~/i18n";
import { notFound } from "~/utils/http.server";
import { getNamespaceFile } from "~/utils/locales.server";

const LocaleParams = z.object({ lng: z.enum(supportedLanguages), ns: z.string().regex(/^[a-z][a-z0-9-]*$/) });

/**
 * The strings of one namespace in one language. Pages ask only for the namespaces their routes
 * declare; the URL carries the content hash, so a phone keeps the file for good while it is
 * unchanged. An unknown language or namespace is a bare 404.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const parsed = LocaleParams.safeParse(params);
  if (!parsed.success) throw notFound();
  const file = getNamespaceFile(parsed.data.lng, parsed.data.ns);
  if (!file) throw notFound();
  const etag = `"${file.version}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    // An old hash (a page from before a deploy) still gets today's strings, cached only briefly.
    "Cache-Control":
      new URL(request.url).searchParams.get("v") === file.version
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(file.json, { headers });
}
