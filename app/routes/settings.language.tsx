import { redirect, type ActionFunctionArgs } from "@remix-run/node";

import { getSignedInPerson, rememberLanguage, safeRedirect } from "~/modules/auth/session.server";
import { languageCookie, LanguageFormSchema } from "~/utils/i18next.server";
import { readForm } from "~/utils/request.server";

export async function loader() {
  return redirect("/");
}

/** Sets the language for this browser and, when signed in, remembers it for the person. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = LanguageFormSchema.safeParse(Object.fromEntries(form));
  const back = safeRedirect(form.get("redirectTo"), "/");
  if (!parsed.success) return redirect(back);
  const person = await getSignedInPerson(request);
  if (person) await rememberLanguage({ personId: person.id, language: parsed.data.language });
  return redirect(back, { headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) } });
}
