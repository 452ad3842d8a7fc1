import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { LinkTokenSchema } from "~/modules/auth/auth.schema.server";
import { completeSignIn } from "~/modules/auth/complete-sign-in.server";
import { acceptInvitation, viewInvitation } from "~/modules/network/network.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "network:accept.title", i18n: ["network"] };

// Like sign-in links, a GET only shows the invitation; the button's POST accepts it.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = LinkTokenSchema.safeParse(params.token);
  const invitation = token.success
    ? await viewInvitation(token.data, request)
    : ({ state: "unknown" } as const);
  return invitation.state === "valid"
    ? {
        state: invitation.state,
        role: invitation.role,
        needsApproval: invitation.needsApproval,
        name: invitation.name,
      }
    : { state: invitation.state };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readForm(request);
  const token = LinkTokenSchema.safeParse(params.token);
  if (!token.success) return data({ state: "unknown" as const }, { status: 410 });
  const outcome = await acceptInvitation({ token: token.data, request });
  if (!outcome.ok)
    return data({ state: outcome.state }, { status: outcome.state === "sign-in-first" ? 403 : 410 });
  return completeSignIn({
    request,
    personId: outcome.personId,
    method: "invitation",
    redirectTo: outcome.active ? `/families/${outcome.familyId}` : "/families",
  });
}

export default function AcceptInvitation() {
  const { t } = useTranslation("network");
  const { pathname } = useLocation();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const state = actionData?.state ?? loaded.state;

  if (state === "valid" && "role" in loaded) {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("accept.title")}</h1>
        <p>{isolatedName((slot) => t("accept.hello", { name: slot }), loaded.name ?? "")}</p>
        <p>{t("accept.role", { role: t(`common:roles.${loaded.role}`) })}</p>
        <p>{t(`invite.roleHint.${loaded.role}`)}</p>
        {loaded.needsApproval ? <p>{t("accept.approvalNote")}</p> : null}
        <Form method="post">
          <button
            type="submit"
            className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
          >
            {t("accept.button")}
          </button>
        </Form>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(`accept.${state}.title`)}</h1>
      <p>{t(`accept.${state}.body`)}</p>
      <p>
        <Link
          to={
            state === "sign-in-first"
              ? `/sign-in?${new URLSearchParams({ redirectTo: pathname })}`
              : "/sign-in"
          }
          className="text-brand underline"
        >
          {t("accept.signIn")}
        </Link>
      </p>
    </div>
  );
}
