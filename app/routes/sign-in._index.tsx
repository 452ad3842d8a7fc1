import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { SetUpNeeded } from "~/components/organisation/set-up-needed";
import { recordAudit } from "~/modules/audit/audit.server";
import { EmailSchema } from "~/modules/auth/auth.schema.server";
import { getSignedInPerson, pendingEmailCookie, safeRedirect } from "~/modules/auth/session.server";
import { checkSignInLimits, normaliseEmail, requestSignInEmail } from "~/modules/auth/sign-in.server";
import { emailKey } from "~/modules/auth/tokens.server";
import { isDemoMode, listDemoPeople } from "~/modules/demo/demo.server";
import { setUpNeeded } from "~/modules/organisation/setup.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { getClientIp, readForm } from "~/utils/request.server";
import { passRetryAfter } from "~/utils/route-headers";

export const handle: RouteHandle = { titleKey: "auth:signIn.title", i18n: ["auth", "organisation"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (await getSignedInPerson(request, context))
    throw redirect(safeRedirect(url.searchParams.get("redirectTo")));
  const demoPeople = isDemoMode() ? await listDemoPeople() : [];
  // Only an empty production database says so; otherwise the page is as it always was.
  return (await setUpNeeded()) ? { demoPeople, setUpNeeded: true } : { demoPeople };
}

export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseSubmission(await readForm(request), EmailSchema);
  if (submission.status !== "success") return refuse(submission);

  const email = normaliseEmail(submission.value.email);
  const limit = await checkSignInLimits(email, getClientIp(request, context));
  if (!limit.allowed) {
    await recordAudit({
      request,
      action: "sign-in.request",
      outcome: "limited",
      subjectKey: emailKey(email),
    });
    // The page also says how long to wait.
    return refuse(submission, { email: "signIn.tooManyTries" }, 429, {
      headers: { "Retry-After": String(limit.retryAfterSeconds) },
      extra: { retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60) },
    });
  }

  // The same answer, and the same work (one job recorded), whether or not the email is known.
  await requestSignInEmail(email);
  const next = new URLSearchParams();
  if (submission.value.redirectTo) next.set("redirectTo", safeRedirect(submission.value.redirectTo));
  return redirect(`/sign-in/code${next.size ? `?${next}` : ""}`, {
    headers: { "Set-Cookie": await pendingEmailCookie().serialize(email) },
  });
}

export default function SignIn() {
  const { t } = useTranslation("auth");
  const data = useLoaderData<typeof loader>();
  const demoPeople = data.demoPeople;
  const actionData = useActionData<typeof action>();
  const [form, fields] = useServerForm({ id: "sign-in", lastResult: actionData });
  const waitMinutes =
    actionData && "retryAfterMinutes" in actionData ? Number(actionData.retryAfterMinutes) : 0;
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  if ("setUpNeeded" in data) return <SetUpNeeded />;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <ErrorSummary form={form} />
      {waitMinutes ? <p className="font-bold">{t("signIn.waitMinutes", { count: waitMinutes })}</p> : null}
      <Form method="post" id={form.id} noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          meta={fields.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={t("signIn.emailLabel")}
          hint={t("signIn.emailHint")}
        />
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-green-900"
        >
          {t("signIn.send")}
        </button>
      </Form>

      {demoPeople.length > 0 ? (
        <section
          aria-labelledby="demo-heading"
          className="rounded border-2 border-dashed border-gray-500 p-4"
        >
          <h2 id="demo-heading" className="text-xl font-bold">
            {t("demo.title")}
          </h2>
          <p className="mb-3">{t("demo.intro")}</p>
          <ul className="space-y-2">
            {demoPeople.map((person) => (
              <li key={person.id}>
                <Form method="post" action="/sign-in/demo">
                  <input type="hidden" name="personId" value={person.id} />
                  <button type="submit" className="text-left text-brand underline">
                    {isolatedName((slot) => t("demo.signInAs", { name: slot }), person.name)}
                  </button>{" "}
                  <span className="text-gray-700">{t(`demo.who.${person.key}`)}</span>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
