import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ServiceForm } from "~/components/directory/service-form";
import { recordAudit } from "~/modules/audit/audit.server";
import { serviceFromForm, valuesFromService } from "~/modules/directory/directory-form.server";
import { entryNow, entryToEdit, readService, saveEdit } from "~/modules/directory/directory.server";
import { requireOrganisationPermission } from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";
import { BaseVersionSchema, refuse } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "directory:edit.editTitle", hydrate: true };

/** The entry and the editor's right to it. National entries ship with the app: nobody edits them here. */
async function requireEditableEntry(request: Request, entryIdParam: string | undefined, context: unknown) {
  // A bad id is not found only after the guard, which first sends a signed-out visitor to sign in.
  const entry = await entryToEdit(entryIdParam);
  const access = await requireOrganisationPermission(request, entry?.organisationId, "directory", "edit", {
    context,
  });
  if (!entry) throw notFound();
  return { entry: { ...entry, service: readService(entry.data) }, access };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { entry } = await requireEditableEntry(request, params.entryId, context);
  return { id: entry.id, revision: entry.revision, values: valuesFromService(entry.service) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { entry, access } = await requireEditableEntry(request, params.entryId, context);
  const form = await readForm(request);
  const revision = BaseVersionSchema.safeParse(form.get("revision"));
  const submission = serviceFromForm(form, entry.service);
  if (submission.status !== "success")
    return refuse(submission, {}, 400, {
      extra: { theirs: null, revision: revision.data ?? entry.revision },
    });
  const saved = revision.success
    ? await saveEdit({
        entryId: entry.id,
        revision: revision.data,
        service: submission.value,
        personId: access.person.id,
      })
    : { ok: false as const };
  if (!saved.ok) {
    // Someone saved in between: show theirs, keep ours in the form, and let the next save win.
    const current = await entryNow(entry.id);
    return refuse(submission, {}, 409, {
      extra: { theirs: valuesFromService(readService(current.data)), revision: current.revision },
    });
  }
  await recordAudit({
    request,
    action: "directory.edit",
    actorId: access.person.id,
    entity: "directory",
    entityId: entry.id,
  });
  return redirect(`/directory/${entry.id}?done=saved`);
}

export default function EditDirectoryEntry() {
  const { t } = useTranslation("directory");
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const theirs = actionData?.theirs ?? null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("edit.editTitle")}</h1>
      <p>{t("edit.intro")}</p>
      {theirs ? (
        <section role="alert" aria-labelledby="conflict" className="border-4 border-red-700 bg-white p-4">
          <h2 id="conflict" className="text-xl font-bold">
            {t("edit.conflictTitle")}
          </h2>
          <p>{t("edit.conflictBody")}</p>
          <h3 className="mt-2 font-bold">{t("edit.theirs")}</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4">
            {(["name", "description", "provider", "phone", "textRelay", "url", "email"] as const).map(
              (name) => (
                <div key={name} className="contents">
                  <dt className="font-bold">{t(`edit.${name}`)}</dt>
                  <dd dir="auto">{theirs[name]}</dd>
                </div>
              ),
            )}
          </dl>
        </section>
      ) : null}
      <ServiceForm
        defaultValue={loaded.values}
        lastResult={actionData ?? null}
        hidden={{ revision: String(actionData?.revision ?? loaded.revision) }}
        isNew={false}
      />
    </div>
  );
}
