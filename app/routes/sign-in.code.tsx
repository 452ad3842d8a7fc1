import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LegacyErrorSummary as ErrorSummary, LegacyField as Field } from "~/components/forms/legacy";
import { recordAudit } from "~/modules/audit/audit.server";
import { CodeSchema } from "~/modules/auth/auth.schema.server";
import { completeSignIn } from "~/modules/auth/complete-sign-in.server";
import { pendingEmailCookie } from "~/modules/auth/session.server";
import {
  checkCodeLimits,
  normaliseEmail,
  redeemSignInCode,
  SIGN_IN_TTL_MINUTES,
} from "~/modules/auth/sign-in.server";
import { emailKey } from "~/modules/auth/tokens.server";
import type { RouteHandle } from "~/root";
import { parseForm, type FormErrors } from "~/utils/forms.server";
import { getClientIp, readForm } from "~/utils/request.server";
import { passRetryAfter } from "~/utils/route-headers";

export const handle: RouteHandle = { titleKey: "auth:code.title", i18n: ["auth"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const email = await pendingEmailCookie().parse(request.headers.get("cookie"));
  return { email: typeof email === "string" ? email : "", minutes: SIGN_IN_TTL_MINUTES };
}

export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await readForm(request), CodeSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });

  const email = normaliseEmail(parsed.data.email);
  const subjectKey = emailKey(email);
  const values = { email: parsed.data.email, code: "", remember: parsed.data.remember ? "yes" : "" };
  const tooMany = async (errorKey: string, retryAfterSeconds: number) => {
    await recordAudit({ request, action: "sign-in.code", outcome: "limited", subjectKey });
    return data(
      { errors: { code: errorKey } as FormErrors, values },
      { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
    );
  };

  // Stops one address trying codes for many emails.
  const limit = await checkCodeLimits(getClientIp(request, context));
  if (!limit.allowed) return tooMany("signIn.tooManyTries", limit.retryAfterSeconds);

  const result = await redeemSignInCode(email, parsed.data.code);
  if (!result.ok) {
    if (result.reason === "paused") return tooMany("signIn.code.paused", result.retryAfterSeconds);
    await recordAudit({ request, action: "sign-in.code", outcome: "failed", subjectKey });
    if (result.reason === "wrong-code" && result.pausedMinutes) {
      await recordAudit({ request, action: "sign-in.code.pause", outcome: "limited", subjectKey });
    }
    return data({ errors: { code: "signIn.code.wrong" } as FormErrors, values }, { status: 400 });
  }
  return completeSignIn({
    request,
    personId: result.personId,
    redirectTo: parsed.data.redirectTo,
    method: "code",
    remember: parsed.data.remember,
  });
}

export default function EnterCode() {
  const { t } = useTranslation("auth");
  const { email, minutes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const values = actionData?.values;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("code.title")}</h1>
      <p>{t("code.intro", { minutes })}</p>
      <p>{t("code.unknownNote")}</p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={t("signIn.emailLabel")}
          defaultValue={values?.email ?? email}
          error={actionData?.errors.email}
        />
        <Field
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          label={t("code.label")}
          hint={t("code.hint")}
          defaultValue={values?.code ?? ""}
          error={actionData?.errors.code}
          className="max-w-[10rem] tracking-widest"
        />
        <div className="mb-5">
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id="remember"
              name="remember"
              value="yes"
              defaultChecked={values?.remember === "yes"}
              aria-describedby="remember-hint"
              className="mt-1 h-5 w-5"
            />
            <label htmlFor="remember">{t("code.remember")}</label>
          </div>
          <p id="remember-hint" className="text-sm text-gray-700">
            {t("code.rememberHint")}
          </p>
        </div>
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-green-900"
        >
          {t("code.submit")}
        </button>
      </Form>
      <p>
        <Link to="/sign-in" className="text-brand underline">
          {t("code.again")}
        </Link>
      </p>
    </div>
  );
}
