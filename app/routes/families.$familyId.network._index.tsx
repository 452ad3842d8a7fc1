import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { useServerForm } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { MemberButton, MemberList } from "~/components/network/member-list";
import { answerNetworkForm, networkPage } from "~/modules/network/network-page.server";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "network:title", i18n: ["commitments", "network"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "network", "view", { context });
  return networkPage({ access, request });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { access, intent } = await requireIntentPermission(request, params.familyId, "network", form);
  return answerNetworkForm({ access, intent, form, request });
}

export default function Network() {
  const { t } = useTranslation("network");
  const {
    familyId,
    myMembershipId,
    members,
    invitations,
    canInvite,
    canApprove,
    canRemove,
    canShare,
    seeCommitments,
  } = useLoaderData<typeof loader>();
  // Every button on the page answers through one reply: a refusal shows at the top.
  const [form] = useServerForm({ id: "network-change", lastResult: useActionData<typeof action>() });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ErrorSummary form={form} />
      <div className="flex flex-wrap gap-3">
        {canInvite ? (
          <Link
            to={`/families/${familyId}/network/invite`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("inviteSomeone")}
          </Link>
        ) : null}
        {canShare ? (
          <Link
            to={`/families/${familyId}/network/contact`}
            className="inline-block rounded border-2 border-green-800 px-4 py-2 font-bold text-green-800"
          >
            {t("contact.change")}
          </Link>
        ) : null}
        {seeCommitments ? (
          <Link
            to={`/families/${familyId}/commitments`}
            className="inline-block rounded border-2 border-green-800 px-4 py-2 font-bold text-green-800"
          >
            {t("commitmentsLink")}
          </Link>
        ) : null}
      </div>

      <MemberList
        familyId={familyId}
        formId={form.id}
        members={members}
        myMembershipId={myMembershipId}
        canApprove={canApprove}
        canRemove={canRemove}
      />

      {canInvite && invitations.length > 0 ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-xl font-bold">
            {t("invitations")}
          </h2>
          <ul className="mt-2 space-y-2">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="rounded bg-white p-3">
                <p>
                  <strong>
                    <bdi>{invitation.name}</bdi>
                  </strong>{" "}
                  · {t(`common:roles.${invitation.role}`)}
                </p>
                <p className="text-sm">
                  {t("expires", { date: invitation.expiresAt })}
                  {invitation.needsApproval ? ` ${t("needsApproval")}` : ""}
                </p>
                <div className="mt-2">
                  <MemberButton
                    formId={form.id}
                    id={invitation.id}
                    intent="cancel-invitation"
                    className="border-2 border-gray-700"
                  >
                    {isolatedName((slot) => t("cancelInvitation", { name: slot }), invitation.name)}
                  </MemberButton>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
