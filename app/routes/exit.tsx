import { redirect, type LoaderFunctionArgs } from "@remix-run/node";

import { recordAudit } from "~/modules/audit/audit.server";
import { clearEveryCookie, getSignedInPerson } from "~/modules/auth/session.server";
import { getEnv } from "~/utils/env.server";

// Quick exit. A GET on purpose: it must work from a plain link with JavaScript off, and
// signing someone out is always safe. The neutral site is a setting (EXIT_URL).
export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await getSignedInPerson(request, context);
  const headers = new Headers({ "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
  for (const cookie of await clearEveryCookie(request)) headers.append("Set-Cookie", cookie);
  if (person) await recordAudit({ request, action: "quick-exit", actorId: person.id });
  return redirect(getEnv().EXIT_URL, { headers });
}
