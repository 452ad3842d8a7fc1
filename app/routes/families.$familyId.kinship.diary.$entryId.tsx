import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ConflictPage } from "~/components/forms/conflict-page";
import { isReply, type FormReply } from "~/components/forms/use-server-form";
import { DiaryForm } from "~/components/kinship/diary-form";
import {
  changeDiaryEntry,
  DiarySchema,
  getDiaryEntry,
  listPossibleReaders,
} from "~/modules/kinship/diary.server";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission, type FamilyAccess } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { BaseVersionSchema, parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "kinship:diary.oneTitle", i18n: ["kinship"] };

/** The entry if this person may read it. Not theirs to read and not there look the same: 404. */
async function readableEntry(access: FamilyAccess, entryIdParam: string | undefined) {
  const id = requireIdParam(entryIdParam);
  const entry = await getDiaryEntry({ familyId: access.familyId, personId: access.person.id, entryId: id });
  if (!entry) throw notFound();
  return entry;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "diary", "view", {
    context,
    audit: "later",
  });
  const entry = await readableEntry(access, params.entryId);
  const canChange = entry.mine && can(access, "diary", "write");
  const [format, readers] = await Promise.all([
    dateFormatter(request),
    canChange
      ? listPossibleReaders({ familyId: access.familyId, personId: access.person.id })
      : Promise.resolve([]),
  ]);
  await recordRead(request, access, { action: "diary.view", entity: "diaryEntry", entityId: entry.id });
  const dayOf = (day: string) => format(new Date(`${day}T12:00:00Z`));
  return {
    canChange,
    // A reader's list starts at the version they were chosen with (the queries decide).
    mine: entry.mine,
    current: {
      version: entry.current.version,
      day: entry.current.day,
      dayText: dayOf(entry.current.day),
      text: entry.current.text,
    },
    versions: entry.versions.map((version) => ({
      version: version.version,
      dayText: dayOf(version.day),
      text: version.text,
      savedAt: format(version.createdAt),
    })),
    readers,
    chosen: entry.readers,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "diary", "write");
  const entry = await readableEntry(access, params.entryId);
  // Readers may read an entry, never change it.
  if (!entry.mine) throw notFound();
  const form = await readForm(request);
  const submission = parseSubmission(form, DiarySchema);
  if (submission.status !== "success") return refuse(submission);
  const baseVersion = BaseVersionSchema.safeParse(form.get("baseVersion"));
  if (!baseVersion.success) return refuse(submission, { "": "kinship:errors.generic" });
  const outcome = await changeDiaryEntry({
    access,
    entryId: entry.id,
    baseVersion: baseVersion.data,
    input: submission.value,
    request,
  });
  if (!outcome.ok) {
    if (outcome.error === "not-found") throw notFound();
    // Changed first elsewhere: the page shows the saved version, and what this person typed to save again.
    return data({ conflict: true as const, mine: submission.payload }, { status: 409 });
  }
  return redirect(`/families/${access.familyId}/kinship/diary/${entry.id}?done=changed`);
}

export default function DiaryEntryPage() {
  const { t } = useTranslation("kinship");
  const { canChange, mine, current, versions, readers, chosen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const form = (id: string, defaultValue: Record<string, unknown>, lastResult: FormReply | null) => (
    <DiaryForm
      id={id}
      lastResult={lastResult}
      defaultValue={defaultValue}
      readers={readers}
      baseVersion={current.version}
      submitLabel={t("diary.form.saveChange")}
    />
  );
  if (canChange && actionData && "conflict" in actionData) {
    return (
      <ConflictPage
        back={null}
        title={t("diary.conflict.title")}
        intro={t("errors.diary.conflict")}
        theirsTitle={t("diary.conflict.theirs")}
        theirs={<SavedEntry dayText={current.dayText} text={current.text} />}
        mineTitle={t("diary.conflict.mine")}
        mineHint={t("diary.conflict.mineHint")}
        form={form("diary-conflict", actionData.mine, null)}
      />
    );
  }
  const chosenNames = readers
    .filter((reader) => chosen.includes(reader.personId))
    .map((reader) => reader.name);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("diary.oneTitle")}</h1>
      {done === "added" || done === "changed" ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t(`diary.${done}`)}
        </p>
      ) : null}
      <SavedEntry dayText={current.dayText} text={current.text} />
      {canChange ? (
        <>
          <section aria-labelledby="who-reads">
            <h2 id="who-reads" className="text-xl font-bold">
              {t("diary.whoReads")}
            </h2>
            {chosenNames.length === 0 ? (
              <p>{t("diary.onlyYou")}</p>
            ) : (
              <ul className="list-disc pl-6">
                {chosenNames.map((name) => (
                  <li key={name}>
                    <bdi>{name}</bdi>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2">{t("diary.readersFromNow")}</p>
          </section>
          <section aria-labelledby="change-entry" className="space-y-3">
            <h2 id="change-entry" className="text-xl font-bold">
              {t("diary.change")}
            </h2>
            {form(
              "diary-change",
              { day: current.day, text: current.text, readers: chosen },
              isReply(actionData) ? actionData : null,
            )}
          </section>
        </>
      ) : null}
      {versions.length > 1 ? (
        <section aria-labelledby="history">
          <h2 id="history" className="text-xl font-bold">
            {t(mine ? "diary.history" : "diary.historyShared")}
          </h2>
          <ol className="mt-2 space-y-3">
            {versions.map((version) => (
              <li
                key={version.version}
                className="rounded border-2 border-gray-300 bg-white p-3 [overflow-wrap:anywhere] break-words"
              >
                <h3 className="font-bold">
                  {t("diary.versionSaved", { number: version.version, at: version.savedAt })}
                </h3>
                <p className="text-sm text-gray-700">{version.dayText}</p>
                <p className="whitespace-pre-line" dir="auto">
                  {version.text}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function SavedEntry({ dayText, text }: { dayText: string; text: string }) {
  return (
    <article className="rounded border-2 border-gray-300 bg-white p-4 [overflow-wrap:anywhere] break-words">
      <h2 className="text-xl font-bold">{dayText}</h2>
      <p className="mt-2 whitespace-pre-line" dir="auto">
        {text}
      </p>
    </article>
  );
}
