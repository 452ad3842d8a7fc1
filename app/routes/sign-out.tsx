import { redirect, type ActionFunctionArgs } from "@remix-run/node";

import { recordAudit } from "~/modules/audit/audit.server";
import { endSession, getSignedInPerson } from "~/modules/auth/session.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const person = await getSignedInPerson(request);
  const cookie = await endSession(request);
  if (person) await recordAudit({ request, action: "sign-out", actorId: person.id });
  return redirect("/signed-out", { headers: { "Set-Cookie": cookie } });
}
