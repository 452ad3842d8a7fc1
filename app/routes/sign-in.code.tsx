import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { textOf, useServerForm } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
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
import { parseSubmission, refuse } from "~/utils/forms.server";
import { getClientIp, readForm } from "~/utils/request.server";
import { passRetryAfter } from "~/utils/route-headers";

export const handle: RouteHandle = { titleKey: "auth:code.title", i18n: ["auth"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const email = await pendingEmailCookie().parse(request.headers.get("cookie"));
  return { email: typeof email === "string" ? email : "", minutes: SIGN_IN_TTL_MINUTES };
}

export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseSubmission(await readForm(request), CodeSchema);
  if (submission.status !== "success") return refuse(submission);

  const { value } = submission;
  const email = normaliseEmail(value.email);
  const subjectKey = emailKey(email);
  // A code that was tried is not sent back: the box starts empty.
  const hide = ["code"];
  const tooMany = async (errorKey: string, retryAfterSeconds: number) => {
    await recordAudit({ request, action: "sign-in.code", outcome: "limited", subjectKey });
    return refuse(submission, { code: errorKey }, 429, {
      hide,
      headers: { "Retry-After": String(retryAfterSeconds) },
    });
  };

  // Stops one address trying codes for many emails.
  const limit = await checkCodeLimits(getClientIp(request, context));
  if (!limit.allowed) return tooMany("signIn.tooManyTries", limit.retryAfterSeconds);

  const result = await redeemSignInCode(email, value.code);
  if (!result.ok) {
    if (result.reason === "paused") return tooMany("signIn.code.paused", result.retryAfterSeconds);
    await recordAudit({ request, action: "sign-in.code", outcome: "failed", subjectKey });
    if (result.reason === "wrong-code" && result.pausedMinutes) {
      await recordAudit({ request, action: "sign-in.code.pause", outcome: "limited", subjectKey });
    }
    return refuse(submission, { code: "signIn.code.wrong" }, 400, { hide });
  }
  return completeSignIn({
    request,
    personId: result.personId,
    redirectTo: value.redirectTo,
    method: "code",
    remember: value.remember,
  });
}

export default function EnterCode() {
  const { t } = useTranslation("auth");
  const { email, minutes } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm({
    id: "sign-in-code",
    lastResult: useActionData<typeof action>(),
    defaultValue: { email },
  });
  const [searchParams] = useSearchParams();
  const remember = fields.remember;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("code.title")}</h1>
      <p>{t("code.intro", { minutes })}</p>
      <p>{t("code.unknownNote")}</p>
      <ErrorSummary form={form} />
      <Form method="post" id={form.id} noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          meta={fields.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={t("signIn.emailLabel")}
        />
        <Field
          meta={fields.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          label={t("code.label")}
          hint={t("code.hint")}
          className="max-w-[10rem] tracking-widest"
        />
        <div className="mb-5">
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id={remember.id}
              name={remember.name}
              value="yes"
              defaultChecked={textOf(remember.initialValue) === "yes"}
              aria-describedby={remember.descriptionId}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={remember.id}>{t("code.remember")}</label>
          </div>
          <p id={remember.descriptionId} className="text-sm text-gray-700">
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
