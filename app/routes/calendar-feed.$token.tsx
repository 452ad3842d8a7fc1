import type { LoaderFunctionArgs } from "@remix-run/node";

import { feedCalendar } from "~/modules/meetings/calendar.server";

// A person's private calendar feed. Calendar apps fetch it without a session: the long random
// token is the key. An unknown, old or reset token gets a bare 404 that names nobody.
export async function loader({ params }: LoaderFunctionArgs) {
  const body = await feedCalendar(params.token ?? "");
  if (body === null)
    return new Response("Not Found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
