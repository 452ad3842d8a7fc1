import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ImportForm } from "~/components/directory/import-form";
import { isReply } from "~/components/forms/use-server-form";
import { recordAudit } from "~/modules/audit/audit.server";
import { requireViewer } from "~/modules/auth/session.server";
import { ImportConflict, importDirectory, ImportFormSchema } from "~/modules/directory/directory-file.server";
import {
  getOrganisationScope,
  organisationsWith,
  requireOrganisationPermission,
} from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "directory:file.title", hydrate: true };

// A council's whole directory: up to 2,000 services of about 2 kB, percent-encoded.
const MAX_IMPORT_BYTES = 8_000_000;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer(request, context);
  const scope = await getOrganisationScope(request, context);
  const exportable = organisationsWith(scope, "directory", "export");
  if (exportable.length === 0)
    await requireOrganisationPermission(request, null, "directory", "export", { context });
  return { exportable, importable: organisationsWith(scope, "directory", "import") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  // The guard runs before the large body is read, so only an admin's upload is ever parsed.
  const scope = await getOrganisationScope(request, context);
  const importable = organisationsWith(scope, "directory", "import");
  const requested = new URL(request.url).searchParams.get("organisationId") ?? importable[0]?.id;
  const { person, organisationId } = await requireOrganisationPermission(
    request,
    requested,
    "directory",
    "import",
    { context },
  );
  const form = await readForm(request, { maxBytes: MAX_IMPORT_BYTES });
  const submission = parseSubmission(form, ImportFormSchema);
  const text = submission.status === "success" ? submission.value.json : "";
  let result;
  try {
    result = await importDirectory({ organisationId, text, personId: person.id });
  } catch (error) {
    if (!(error instanceof ImportConflict)) throw error;
    result = {
      ok: false as const,
      problems: [{ number: null, id: null, field: "", message: "errors.invalid" }],
    };
  }
  if (!result.ok)
    return refuse(submission, { json: "directory:file.failed" }, 400, {
      extra: { problems: result.problems, organisationId },
    });
  await recordAudit({
    request,
    action: "directory.import",
    actorId: person.id,
    entity: "directory",
    entityId: organisationId,
  });
  return { count: result.created + result.updated + result.unchanged };
}

export default function DirectoryFile() {
  const { t } = useTranslation("directory");
  const { exportable, importable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refused = isReply(result) ? result : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("file.title")}</h1>
      <p>{t("file.intro")}</p>
      <ul className="space-y-2">
        {exportable.map((organisation) => (
          <li key={organisation.id}>
            <a
              href={`/directory/export?organisationId=${organisation.id}`}
              className="text-brand underline"
              download
            >
              {t("file.export", { organisation: organisation.name })}
            </a>
          </li>
        ))}
      </ul>
      {result && "count" in result ? (
        <p role="status" className="rounded border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("file.done", { count: result.count })}
        </p>
      ) : null}
      {importable.length > 0 ? (
        <section aria-labelledby="import" className="space-y-3">
          <h2 id="import" className="text-xl font-bold">
            {t("file.import")}
          </h2>
          <p>{t("file.importIntro")}</p>
          {importable.map((organisation) => (
            <ImportForm
              key={organisation.id}
              organisation={organisation}
              named={importable.length > 1}
              refused={
                refused && "organisationId" in refused && refused.organisationId === organisation.id
                  ? refused
                  : null
              }
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
