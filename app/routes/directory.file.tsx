import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LegacyErrorSummary as ErrorSummary } from "~/components/forms/legacy";
import { recordAudit } from "~/modules/audit/audit.server";
import { requireViewer } from "~/modules/auth/session.server";
import {
  ImportConflict,
  importDirectory,
  type ImportProblem,
} from "~/modules/directory/directory-file.server";
import {
  getOrganisationScope,
  organisationsWith,
  requireOrganisationPermission,
} from "~/modules/permissions/organisation-guard.server";
import type { RouteHandle } from "~/root";
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
  const text = form.get("json") ?? "";
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
  if (!result.ok) return data({ ok: false as const, problems: result.problems, text }, { status: 400 });
  await recordAudit({
    request,
    action: "directory.import",
    actorId: person.id,
    entity: "directory",
    entityId: organisationId,
  });
  return { ok: true as const, count: result.created + result.updated + result.unchanged, text: "" };
}

function problemText(problem: ImportProblem, t: (key: string, options?: Record<string, unknown>) => string) {
  const message = t(`directory:${problem.message}`);
  return problem.number === null
    ? t("file.atFile", { problem: message })
    : t("file.at", { number: problem.number, id: problem.id ?? "?", field: problem.field, problem: message });
}

export default function DirectoryFile() {
  const { t } = useTranslation("directory");
  const { exportable, importable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
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
      {result?.ok ? (
        <p role="status" className="rounded border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("file.done", { count: result.count })}
        </p>
      ) : null}
      {result && !result.ok ? <ErrorSummary errors={{ json: "directory:file.failed" }} /> : null}
      {importable.length > 0 ? (
        <section aria-labelledby="import" className="space-y-3">
          <h2 id="import" className="text-xl font-bold">
            {t("file.import")}
          </h2>
          <p id="json-hint">{t("file.importIntro")}</p>
          {importable.map((organisation) => (
            <Form
              key={organisation.id}
              method="post"
              action={`/directory/file?organisationId=${organisation.id}`}
              noValidate
              className="space-y-3"
            >
              <label
                htmlFor={importable.length === 1 ? "json" : `json-${organisation.id}`}
                className="block font-bold"
              >
                {importable.length === 1 ? t("file.json") : `${t("file.json")} – ${organisation.name}`}
              </label>
              {result && !result.ok ? (
                <ul id="json-error" className="list-disc pl-6 font-bold text-red-700">
                  {result.problems.map((problem, index) => (
                    <li key={index}>{problemText(problem, t)}</li>
                  ))}
                </ul>
              ) : null}
              <textarea
                id={importable.length === 1 ? "json" : `json-${organisation.id}`}
                name="json"
                rows={10}
                spellCheck={false}
                aria-describedby={result && !result.ok ? "json-hint json-error" : "json-hint"}
                aria-invalid={result && !result.ok ? true : undefined}
                defaultValue={result?.text ?? ""}
                className="block w-full rounded border-2 border-gray-800 p-2 font-mono text-sm"
              />
              <button
                type="submit"
                className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
              >
                {t("file.submit")}
              </button>
            </Form>
          ))}
        </section>
      ) : null}
    </div>
  );
}
