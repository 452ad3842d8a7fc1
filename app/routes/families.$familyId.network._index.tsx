import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ScheduleText } from "~/components/commitments/schedule-text";
import { isolatedName } from "~/components/isolated-name";
import { PhoneLink } from "~/components/phone-link";
import { listCommitments } from "~/modules/commitments/commitments.server";
import { contactsVisibleTo } from "~/modules/network/contacts.server";
import { MembershipActionSchema } from "~/modules/network/network.schema.server";
import { changeMembership, listMembers, listPendingInvitations } from "~/modules/network/network.server";
import { can, invitableRoles } from "~/modules/permissions/can";
import { allows, requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "network:title", i18n: ["commitments", "network"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "network", "view", { context });
  const canInvite = invitableRoles(access.role).length > 0;
  const seeCommitments = allows(access, "commitments", "view");
  const [members, invitations, formatDate, contacts, commitments] = await Promise.all([
    listMembers({
      familyId: access.familyId,
      withContacts: can(access.role, "network", "viewPrivateContactDetails"),
    }),
    canInvite ? listPendingInvitations({ familyId: access.familyId }) : Promise.resolve([]),
    dateFormatter(request),
    // Only what this viewer may see leaves the server (contacts.server decides).
    contactsVisibleTo({ familyId: access.familyId, viewer: access }),
    seeCommitments ? listCommitments({ familyId: access.familyId }) : Promise.resolve([]),
  ]);
  return {
    familyId: access.familyId,
    myMembershipId: access.membershipId,
    canShare: can(access.role, "network", "shareContactDetails"),
    seeCommitments,
    members: members.map((member) => ({
      ...member,
      contact: contacts.get(member.id) ?? {},
      commitments: commitments
        .filter((commitment) => commitment.membershipId === member.id && commitment.status !== "ENDED")
        .map(({ id, kind, words, slots, status }) => ({ id, kind, words, slots, status })),
    })),
    invitations: invitations.map((invitation) => ({
      ...invitation,
      expiresAt: formatDate(invitation.expiresAt),
    })),
    canInvite,
    canApprove: can(access.role, "network", "approve"),
    canRemove: can(access.role, "network", "remove"),
  };
}

const rightFor = { approve: "approve", remove: "remove", "cancel-invitation": "view" } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = MembershipActionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    await requireFamilyPermission(request, params.familyId, "network", "view");
    return data({ error: "network.actionInvalid" }, { status: 400 });
  }
  const access = await requireFamilyPermission(
    request,
    params.familyId,
    "network",
    rightFor[parsed.data.intent],
  );
  const outcome = await changeMembership({ access, ...parsed.data, request });
  if (!outcome.ok)
    return data(
      { error: `network.${outcome.error}` },
      { status: outcome.error === "not-permitted" ? 403 : 400 },
    );
  return redirect(`/families/${access.familyId}/network?done=${parsed.data.intent}`);
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
  const actionData = useActionData<typeof action>();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {actionData?.error ? (
        <p role="alert" className="border-l-4 border-red-700 pl-3 font-bold text-red-700">
          {t(`errors:${actionData.error}`)}
        </p>
      ) : null}
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

      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-bold">
          {t("members")}
        </h2>
        <ul className="mt-2 space-y-2">
          {members.map((member) => (
            <li key={member.id} className="rounded bg-white p-3">
              <p>
                <strong>
                  <bdi>{member.name}</bdi>
                </strong>
                {member.relationship ? (
                  <>
                    {" · "}
                    <bdi>{member.relationship}</bdi>
                  </>
                ) : null}
              </p>
              <p className="text-sm">{t(`common:roles.${member.role}`)}</p>
              {member.email ? (
                <p className="text-sm text-gray-700">{t("signInEmail", { email: member.email })}</p>
              ) : null}
              <ContactDetails contact={member.contact} />
              {member.commitments.length > 0 ? (
                <div className="mt-2">
                  <p className="text-sm font-bold">{t("theirCommitments")}</p>
                  <ul className="list-disc pl-5 text-sm">
                    {member.commitments.map((commitment) => (
                      <li key={commitment.id}>
                        <Link
                          to={`/families/${familyId}/commitments/${commitment.id}`}
                          className="text-brand underline"
                        >
                          {t(`commitments:kind.${commitment.kind}`)}
                        </Link>{" "}
                        ({t(`commitments:status.${commitment.status}`)}):{" "}
                        <ScheduleText slots={commitment.slots} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {member.status === "PENDING_APPROVAL" ? (
                <p className="text-sm font-bold">{t("waitingApproval")}</p>
              ) : null}
              <div className="mt-2 flex flex-wrap gap-2">
                {canApprove && member.status === "PENDING_APPROVAL" ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={member.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="approve"
                      className="rounded bg-green-800 px-3 py-1 text-white"
                    >
                      {isolatedName((slot) => t("approve", { name: slot }), member.name)}
                    </button>
                  </Form>
                ) : null}
                {canRemove && member.id !== myMembershipId ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={member.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="remove"
                      className="rounded border-2 border-red-700 px-3 py-1 text-red-700"
                    >
                      {isolatedName((slot) => t("remove", { name: slot }), member.name)}
                    </button>
                  </Form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>

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
                <Form method="post" className="mt-2">
                  <input type="hidden" name="id" value={invitation.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="cancel-invitation"
                    className="rounded border-2 border-gray-700 px-3 py-1"
                  >
                    {isolatedName((slot) => t("cancelInvitation", { name: slot }), invitation.name)}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ContactDetails({ contact }: { contact: { phone?: string; email?: string; address?: string } }) {
  const { t } = useTranslation("network");
  const shown = (["phone", "email", "address"] as const).filter((field) => contact[field]);
  if (shown.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
      {shown.map((field) => (
        <div key={field} className="contents">
          <dt className="font-bold">{t(`contact.${field}`)}</dt>
          <dd dir="auto" className="break-words">
            {field === "phone" && contact.phone ? (
              <PhoneLink number={contact.phone} className="text-brand underline" />
            ) : (
              contact[field]
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
