import { redirect, type ActionFunctionArgs } from "@remix-run/node";

import { completeSignIn } from "~/modules/auth/complete-sign-in.server";
import { isDemoMode, isDemoPerson } from "~/modules/demo/demo.server";
import { IdSchema, notFound } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

// "Sign in as" exists only in demo mode; with it off this route is a 404 like any unknown page.
export async function loader() {
  if (!isDemoMode()) throw notFound();
  return redirect("/sign-in");
}

export async function action({ request }: ActionFunctionArgs) {
  if (!isDemoMode()) throw notFound();
  const form = await readForm(request);
  const personId = IdSchema.safeParse(form.get("personId"));
  if (!personId.success || !(await isDemoPerson(personId.data))) throw notFound();
  return completeSignIn({ request, personId: personId.data, method: "demo" });
}
