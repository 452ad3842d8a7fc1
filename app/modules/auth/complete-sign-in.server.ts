import { redirect } from "@remix-run/node";

import { recordAudit } from "~/modules/audit/audit.server";
import { clearPendingEmailCookie, safeRedirect, startSession } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { languageCookie } from "~/utils/i18next.server";

/** Starts the session, brings back the person's saved language, and moves on. */
export async function completeSignIn({
  request,
  personId,
  redirectTo,
  method,
  remember = false,
}: {
  request: Request;
  personId: string;
  redirectTo?: string | null;
  method: "link" | "code" | "demo" | "invitation";
  /** The person chose "keep me signed in on this device"; otherwise the cookie ends with the browser. */
  remember?: boolean;
}) {
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { language: true } });
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(personId, { remember }));
  headers.append("Set-Cookie", await languageCookie.serialize(person.language));
  headers.append("Set-Cookie", await clearPendingEmailCookie());
  await recordAudit({ request, action: `sign-in.${method}`, actorId: personId });
  return redirect(safeRedirect(redirectTo), { headers });
}
