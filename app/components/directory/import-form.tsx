import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import type { ImportProblem } from "~/modules/directory/directory-file.server";

type Props = {
  organisation: { id: string; name: string };
  /** Whether the box says which organisation it is for (when there are several). */
  named: boolean;
  /** The refused import for this organisation: the text comes back with what is wrong in it. */
  refused: (FormReply & { problems: ImportProblem[] }) | null;
};

function problemText(problem: ImportProblem, t: (key: string, options?: Record<string, unknown>) => string) {
  const message = t(`directory:${problem.message}`);
  return problem.number === null
    ? t("file.atFile", { problem: message })
    : t("file.at", { number: problem.number, id: problem.id ?? "?", field: problem.field, problem: message });
}

/** One organisation's import: a box for the file's JSON, and the file's problems when refused. */
export function ImportForm({ organisation, named, refused }: Props) {
  const { t } = useTranslation("directory");
  const [form, fields] = useServerForm({ id: `import-${organisation.id}`, lastResult: refused });
  const problemsId = `${form.id}-problems`;
  return (
    <>
      <ErrorSummary form={form} />
      <Form
        id={form.id}
        method="post"
        action={`/directory/file?organisationId=${organisation.id}`}
        noValidate
        className="space-y-3"
      >
        <TextareaField
          meta={fields.json}
          label={named ? `${t("file.json")} – ${organisation.name}` : t("file.json")}
          rows={10}
          spellCheck={false}
          className="block w-full rounded border-2 border-gray-800 p-2 font-mono text-sm"
          after={
            refused
              ? {
                  id: problemsId,
                  node: (
                    <ul id={problemsId} className="list-disc pl-6 font-bold text-red-700">
                      {refused.problems.map((problem, index) => (
                        <li key={index}>{problemText(problem, t)}</li>
                      ))}
                    </ul>
                  ),
                }
              : undefined
          }
        />
        <button
          type="submit"
          className="rounded bg-green-800 px-4 py-2 font-bold text-white shadow-[0_2px_0_#002d18]"
        >
          {t("file.submit")}
        </button>
      </Form>
    </>
  );
}
