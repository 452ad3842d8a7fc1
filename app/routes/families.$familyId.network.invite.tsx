import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { Radios } from "~/components/forms/fieldset";
import { useServerForm } from "~/components/forms/use-server-form";
import { InviteSchema, type InviteInput } from "~/modules/network/network.schema.server";
import { invite } from "~/modules/network/network.server";
import { invitableRoles, joinsWithoutApproval } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "network:invite.title", i18n: ["family-space", "network"] };

async function requireInviter(request: Request, familyId: string | undefined, context?: unknown) {
  const access = await requireFamilyPermission(request, familyId, "network", "view", { context });
  if (access.readOnly || invitableRoles(access.role).length === 0) {
    // Same answer and same audit trail as any other missing right (or a read-only space).
    await requireFamilyPermission(request, familyId, "network", "inviteAdviser", { context });
  }
  return access;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireInviter(request, params.familyId, context);
  const roles = invitableRoles(access.role);
  // A space just opened comes here with the first parent or carer's role chosen.
  const query = new URL(request.url).searchParams;
  const role = roles.find((invitable) => invitable === query.get("role")) ?? null;
  return {
    familyId: access.familyId,
    roles: roles.map((role) => ({ role, needsApproval: !joinsWithoutApproval(access.role, role) })),
    chosenRole: role,
    opened: query.get("opened") === "1",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireInviter(request, params.familyId);
  const form = await readForm(request);
  const submission = parseSubmission(form, InviteSchema);
  if (submission.status !== "success") return refuse(submission);
  const outcome = await saveOnce({ personId: access.person.id, kind: "network.invite", form }, () =>
    invite({ access, input: submission.value, request }),
  );
  if (!outcome.ok)
    return refuse(submission, {
      [outcome.error === "role-not-allowed" ? "role" : "email"]: `invite.${outcome.error}`,
    });
  return redirect(`/families/${access.familyId}/network?done=invited`);
}

export default function Invite() {
  const { t } = useTranslation("network");
  const { roles, chosenRole, opened } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<InviteInput>({
    id: "invite",
    lastResult: useActionData<typeof action>(),
    defaultValue: chosenRole ? { role: chosenRole } : undefined,
  });

  return (
    <div className="space-y-6">
      {opened ? (
        <p role="status" className="rounded border-l-4 border-green-700 bg-white p-3">
          {t("family-space:opened")}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">{t("invite.title")}</h1>
      <p>{t("invite.intro")}</p>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <Field meta={fields.name} label={t("invite.name")} autoComplete="off" />
        <Field
          meta={fields.email}
          type="email"
          label={t("invite.email")}
          hint={t("invite.emailHint")}
          autoComplete="off"
          spellCheck={false}
        />
        <Field
          meta={fields.relationship}
          label={t("invite.relationship")}
          hint={t("invite.relationshipHint")}
          autoComplete="off"
        />
        <Radios
          meta={fields.role}
          legend={t("invite.role")}
          options={roles.map(({ role, needsApproval }) => ({
            value: role,
            label: t(`common:roles.${role}`),
            hint: `${t(`invite.roleHint.${role}`)}${needsApproval ? ` ${t("invite.approvalNote")}` : ""}`,
          }))}
        />
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("invite.send")}
        </button>
      </CreateForm>
    </div>
  );
}
