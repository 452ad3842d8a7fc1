import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { recordAudit } from "~/modules/audit/audit.server";
import { LinkTokenSchema } from "~/modules/auth/auth.schema.server";
import { completeSignIn } from "~/modules/auth/complete-sign-in.server";
import { peekSignInLink, redeemSignInLink, type LinkState } from "~/modules/auth/sign-in.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "auth:link.title", i18n: ["auth"] };

// Email scanners open links, so a GET only looks; the "Continue" button's POST signs in.
export async function loader({ params }: LoaderFunctionArgs) {
  const token = LinkTokenSchema.safeParse(params.token);
  const state: LinkState = token.success ? await peekSignInLink(token.data) : "unknown";
  return { state };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readForm(request);
  const token = LinkTokenSchema.safeParse(params.token);
  const result = token.success
    ? await redeemSignInLink(token.data)
    : ({ ok: false, reason: "unknown" } as const);
  if (!result.ok) {
    await recordAudit({ request, action: "sign-in.link", outcome: "failed" });
    return data({ state: result.reason }, { status: 410 });
  }
  return completeSignIn({ request, personId: result.personId, method: "link" });
}

export default function SignInLink() {
  const { t } = useTranslation("auth");
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const state = actionData?.state ?? loaded.state;

  if (state === "valid") {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("link.title")}</h1>
        <p>{t("link.intro")}</p>
        <Form method="post">
          <button
            type="submit"
            className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-green-900"
          >
            {t("link.continue")}
          </button>
        </Form>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(`link.${state}.title`)}</h1>
      <p>{t(`link.${state}.body`)}</p>
      <p>
        <Link to="/sign-in" className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("link.newLink")}
        </Link>
      </p>
    </div>
  );
}
