import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { ScheduleText } from "~/components/commitments/schedule-text";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { PhoneLink } from "~/components/phone-link";
import type { NetworkPageData } from "~/modules/network/network-page.server";

type Member = NetworkPageData["members"][number];

/** The family's members: role, the contact details this viewer may see, their promises, and the buttons. */
export function MemberList({
  familyId,
  formId,
  members,
  myMembershipId,
  canApprove,
  canRemove,
}: {
  familyId: string;
  /** The page's form id: every button here answers through it. */
  formId: string;
  members: Member[];
  myMembershipId: string;
  canApprove: boolean;
  canRemove: boolean;
}) {
  const { t } = useTranslation("network");
  return (
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
            <MemberCommitments familyId={familyId} commitments={member.commitments} />
            {member.status === "PENDING_APPROVAL" ? (
              <p className="text-sm font-bold">{t("waitingApproval")}</p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-2">
              {canApprove && member.status === "PENDING_APPROVAL" ? (
                <MemberButton
                  formId={formId}
                  id={member.id}
                  intent="approve"
                  className="bg-green-800 text-white"
                >
                  {isolatedName((slot) => t("approve", { name: slot }), member.name)}
                </MemberButton>
              ) : null}
              {canRemove && member.id !== myMembershipId ? (
                <MemberButton
                  formId={formId}
                  id={member.id}
                  intent="remove"
                  className="border-2 border-red-700 text-red-700"
                >
                  {isolatedName((slot) => t("remove", { name: slot }), member.name)}
                </MemberButton>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One button in its own small form: it posts the intent and the member's (or invitation's) id. */
export function MemberButton({
  formId,
  id,
  intent,
  className,
  children,
}: {
  formId: string;
  id: string;
  intent: "approve" | "remove" | "cancel-invitation";
  className: string;
  children: ReactNode;
}) {
  return (
    <Form id={`${formId}-${intent}-${id}`} method="post">
      <input type="hidden" name="id" value={id} />
      <button type="submit" name="intent" value={intent} className={`rounded px-3 py-1 ${className}`}>
        {children}
      </button>
    </Form>
  );
}

function MemberCommitments({
  familyId,
  commitments,
}: {
  familyId: string;
  commitments: Member["commitments"];
}) {
  const { t } = useTranslation("network");
  if (commitments.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-sm font-bold">{t("theirCommitments")}</p>
      <ul className="list-disc pl-5 text-sm">
        {commitments.map((commitment) => (
          <li key={commitment.id}>
            <Link to={`/families/${familyId}/commitments/${commitment.id}`} className="text-brand underline">
              {t(`commitments:kind.${commitment.kind}`)}
            </Link>{" "}
            ({t(`commitments:status.${commitment.status}`)}): <ScheduleText slots={commitment.slots} />
          </li>
        ))}
      </ul>
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
