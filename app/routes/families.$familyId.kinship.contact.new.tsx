import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ContactForm, ContactGuidance } from "~/components/kinship/contact-form";
import { ContactSchema, createArrangement } from "~/modules/kinship/contact.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "kinship:contact.newTitle", i18n: ["kinship"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireFamilyPermission(request, params.familyId, "contact", "write", { context });
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "contact", "write");
  const form = await readForm(request);
  const submission = parseSubmission(form, ContactSchema);
  if (submission.status !== "success") return refuse(submission);
  await saveOnce({ personId: access.person.id, kind: "contact.new", form }, () =>
    createArrangement({ access, input: submission.value, request }),
  );
  return redirect(`/families/${access.familyId}/kinship/contact?done=added`);
}

export default function NewContact() {
  const { t } = useTranslation("kinship");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("contact.newTitle")}</h1>
      <ContactForm
        id="contact-new"
        lastResult={useActionData<typeof action>()}
        submitLabel={t("contact.form.save")}
      />
      <ContactGuidance />
    </div>
  );
}
