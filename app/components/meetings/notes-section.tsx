import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Radios } from "~/components/forms/fieldset";
import { TextareaField } from "~/components/forms/textarea-field";
import { useServerForm, type FormReply } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import type { MeetingPageView } from "~/modules/meetings/meeting-page.server";
import type { NoteInput } from "~/modules/meetings/meetings.schema.server";

const button = "rounded bg-green-800 px-4 py-2 font-bold text-white";

/** "What I want to say": the person's notes (and notes shared with the worker), and a new note. */
export function NotesSection({
  notes,
  canNote,
  lastResult,
}: Pick<MeetingPageView, "notes" | "canNote"> & { lastResult: FormReply | null }) {
  const { t } = useTranslation("meetings");
  return (
    <section aria-labelledby="note" className="space-y-2">
      <h2 id="note" className="text-xl font-bold" tabIndex={-1}>
        {t("detail.notesTitle")}
      </h2>
      {canNote ? <p>{t("detail.notesIntro")}</p> : null}
      {notes.length === 0 ? <p>{t("detail.noNotes")}</p> : null}
      <ul className="space-y-2">
        {notes.map((note) => (
          <li key={note.id} className="rounded bg-white p-3">
            <p dir="auto" className="[overflow-wrap:anywhere] whitespace-pre-line">
              {note.words}
            </p>
            <p className="text-sm text-gray-700">
              {note.at} ·{" "}
              {note.mine
                ? note.shared
                  ? t("detail.noteSharedTag")
                  : t("detail.notePrivate")
                : isolatedName((name) => t("detail.noteBy", { name }), note.by)}
            </p>
          </li>
        ))}
      </ul>
      {canNote ? <NoteForm lastResult={lastResult} /> : null}
    </section>
  );
}

function NoteForm({ lastResult }: { lastResult: FormReply | null }) {
  const { t } = useTranslation("meetings");
  const [form, fields] = useServerForm<NoteInput>({
    id: "meeting-note",
    lastResult,
    defaultValue: { shared: "no" },
  });
  return (
    <>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <input type="hidden" name="intent" value="note" />
        <TextareaField meta={fields.words} label={t("detail.noteLabel")} rows={4} />
        <Radios
          meta={fields.shared}
          legend={t("detail.noteShared")}
          options={[
            { value: "no", label: t("detail.noteSharedNo") },
            { value: "yes", label: t("detail.noteSharedYes") },
          ]}
        />
        <button type="submit" className={button}>
          {t("detail.addNote")}
        </button>
      </CreateForm>
    </>
  );
}
