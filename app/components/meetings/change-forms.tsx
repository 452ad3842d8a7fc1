import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorSummary } from "~/components/forms/error-summary";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { MeetingWhenFields } from "~/components/meetings/when-fields";
import type { MeetingWhenInput } from "~/modules/meetings/meetings.schema.server";

/**
 * Move a meeting: new date, times or place, saved on top of the version (sequence) the page
 * showed, so a change someone else made first is never overwritten.
 */
export function MoveMeetingForm({
  sequence,
  lastResult,
  defaultValue,
}: {
  sequence: string;
  lastResult: FormReply | null;
  defaultValue: Record<string, string>;
}) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<MeetingWhenInput>({ id: "move-meeting", lastResult, defaultValue });
  return (
    <>
      <ErrorSummary form={form} />
      <Form id={form.id} method="post" noValidate>
        <input type="hidden" name="intent" value="move" />
        <input type="hidden" name="sequence" value={sequence} />
        <MeetingWhenFields fields={fields} />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("change.save")}
        </button>
      </Form>
    </>
  );
}

/** Cancel a meeting, from the version (sequence) the page showed. */
export function CancelMeetingForm({ sequence }: { sequence: string }) {
  const { t } = useTranslation("meetings");
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="cancel" />
      <input type="hidden" name="sequence" value={sequence} />
      <button type="submit" className="rounded bg-red-800 px-4 py-2 font-bold text-white">
        {t("change.cancel")}
      </button>
    </Form>
  );
}
