import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Field } from "~/components/forms/field";
import { InviteSchema } from "~/modules/network/network.schema.server";
import { invite } from "~/modules/network/network.server";
import { invitableRoles, joinsWithoutApproval } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseForm } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "network:invite.title", i18n: ["network"] };

async function requireInviter(request: Request, familyId: string | undefined, context?: unknown) {
  const access = await requireFamilyPermission(request, familyId, "network", "view", { context });
  if (invitableRoles(access.role).length === 0) {
    // Same answer and same audit trail as any other missing right.
    await requireFamilyPermission(request, familyId, "network", "inviteAdviser", { context });
  }
  return access;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireInviter(request, params.familyId, context);
  return {
    familyId: access.familyId,
    roles: invitableRoles(access.role).map((role) => ({
      role,
      needsApproval: !joinsWithoutApproval(access.role, role),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireInviter(request, params.familyId);
  const form = await readForm(request);
  const parsed = parseForm(form, InviteSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const outcome = await saveOnce({ personId: access.person.id, kind: "network.invite", form }, () =>
    invite({ access, input: parsed.data, request }),
  );
  if (!outcome.ok) {
    const field = outcome.error === "role-not-allowed" ? "role" : "email";
    return data(
      { errors: { [field]: `invite.${outcome.error}` }, values: { ...parsed.data } },
      { status: 400 },
    );
  }
  return redirect(`/families/${access.familyId}/network?done=invited`);
}

export default function Invite() {
  const { t } = useTranslation("network");
  const { roles } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("invite.title")}</h1>
      <p>{t("invite.intro")}</p>
      <ErrorSummary errors={actionData?.errors} />
      <CreateForm noValidate>
        <Field
          name="name"
          label={t("invite.name")}
          autoComplete="off"
          defaultValue={values.name ?? ""}
          error={errors.name}
        />
        <Field
          name="email"
          type="email"
          label={t("invite.email")}
          hint={t("invite.emailHint")}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.email ?? ""}
          error={errors.email}
        />
        <Field
          name="relationship"
          label={t("invite.relationship")}
          hint={t("invite.relationshipHint")}
          autoComplete="off"
          defaultValue={values.relationship ?? ""}
          error={errors.relationship}
        />
        <fieldset
          className={`mb-5 ${errors.role ? "border-l-4 border-red-700 pl-3" : ""}`}
          aria-describedby={errors.role ? "role-error" : undefined}
        >
          <legend className="font-bold">{t("invite.role")}</legend>
          {errors.role ? (
            <p id="role-error" className="font-bold text-red-700">
              <span className="sr-only">{t("errors:prefix")}: </span>
              {t(`errors:${errors.role}`)}
            </p>
          ) : null}
          {roles.map(({ role, needsApproval }, index) => (
            <div key={role} className="mt-2 flex items-start gap-2">
              <input
                type="radio"
                name="role"
                value={role}
                id={index === 0 ? "role" : `role-${role}`}
                defaultChecked={values.role === role}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={index === 0 ? "role" : `role-${role}`}>
                <span className="font-bold">{t(`common:roles.${role}`)}</span>
                <span className="block text-sm text-gray-700">
                  {t(`invite.roleHint.${role}`)} {needsApproval ? t("invite.approvalNote") : null}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
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
