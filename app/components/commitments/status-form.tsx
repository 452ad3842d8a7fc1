import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";

/** Pause, resume or end a commitment, with the reason the family will read. */
export function StatusForm({
  canStop,
  status,
  revision,
  lastResult,
}: {
  canStop: boolean;
  status: string;
  revision: number;
  lastResult: FormReply | null;
}) {
  const { t } = useTranslation("commitments");
  const [form, fields] = useServerForm({ id: "commitment-status", lastResult });
  // Someone may have ended it first: the form is gone, but why this change was refused stays.
  if (!canStop) return <ErrorSummary form={form} />;
  return (
    <section aria-labelledby="stop-heading" className="rounded bg-white p-3">
      <h2 id="stop-heading" className="text-xl font-bold">
        {t("detail.stopTitle")}
      </h2>
      <ErrorSummary form={form} />
      <Form id={form.id} method="post" noValidate className="mt-3 space-y-3">
        <input type="hidden" name="intent" value="status" />
        <input type="hidden" name="revision" value={revision} />
        <TextareaField
          meta={fields.reason}
          label={t("detail.reasonLabel")}
          hint={t("detail.reasonHint")}
          maxLength={500}
          rows={2}
        />
        <div className="flex flex-wrap gap-2">
          {status === "ACTIVE" ? (
            <button
              type="submit"
              name="to"
              value="pause"
              className="rounded border-2 border-gray-800 px-3 py-1 font-bold"
            >
              {t("detail.pause")}
            </button>
          ) : null}
          {status === "PAUSED" ? (
            <button
              type="submit"
              name="to"
              value="resume"
              className="rounded border-2 border-green-800 px-3 py-1 font-bold text-green-800"
            >
              {t("detail.resume")}
            </button>
          ) : null}
          <button
            type="submit"
            name="to"
            value="end"
            className="rounded border-2 border-red-700 px-3 py-1 font-bold text-red-700"
          >
            {t("detail.end")}
          </button>
        </div>
      </Form>
    </section>
  );
}
