import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { MissedCheckIns } from "~/components/commitments/missed-check-ins";
import { ScheduleList, ScheduleText } from "~/components/commitments/schedule-text";
import { CreateForm } from "~/components/forms/create-form";
import {
  LegacyFieldShell as FieldShell,
  LegacyTextareaField as TextareaField,
} from "~/components/forms/legacy";
import { isolatedName } from "~/components/isolated-name";
import { missedView } from "~/modules/commitments/commitment-pages.server";
import {
  acceptanceSide,
  acceptCommitment,
  canPauseOrEnd,
  changeStatus,
  checkedInKeys,
  CheckInSchema,
  commitmentHistory,
  getCommitment,
  isKeeper,
  logCheckIn,
  StatusChangeSchema,
} from "~/modules/commitments/commitments.server";
import { checkInChoices } from "~/modules/commitments/schedule";
import { familyPeople } from "~/modules/family/people.server";
import { can } from "~/modules/permissions/can";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { IdSchema, notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";
import { ukInstant } from "~/utils/uk-time";

export const handle: RouteHandle = { titleKey: "commitments:title", i18n: ["commitments"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "view", { context });
  const commitment = await getCommitment({
    familyId: access.familyId,
    id: requireIdParam(params.commitmentId),
  });
  if (!commitment) throw notFound();
  const [history, people, done, formatDate] = await Promise.all([
    commitmentHistory({ access, commitment }),
    familyPeople({ familyId: access.familyId }),
    checkedInKeys({ familyId: access.familyId, commitmentId: commitment.id }),
    dateFormatter(request),
  ]);
  const now = new Date();
  const personName = people.nameOfPerson;
  const keeper = isKeeper(access, commitment);
  const side = acceptanceSide(access);
  const sideDone =
    side === "family"
      ? commitment.familyAcceptedById
      : side === "practitioner"
        ? commitment.practitionerAcceptedById
        : "n/a";
  const occurrenceLabel = (key: string) => {
    const [date, time] = key.split("T");
    return `${formatDate(ukInstant(date, time))}, ${time}`;
  };
  return {
    familyId: access.familyId,
    commitment: {
      id: commitment.id,
      revision: commitment.revision,
      who: people.nameOfMember(commitment.membershipId),
      kind: commitment.kind,
      words: commitment.words,
      slots: commitment.slots,
      status: commitment.status,
      statusReason: commitment.statusReason,
      start: formatDate(ukInstant(commitment.startDate, "12:00")),
      end: commitment.endDate ? formatDate(ukInstant(commitment.endDate, "12:00")) : null,
      familyAcceptedBy: commitment.familyAcceptedById ? personName(commitment.familyAcceptedById) : null,
      practitionerAcceptedBy: commitment.practitionerAcceptedById
        ? personName(commitment.practitionerAcceptedById)
        : null,
    },
    canAccept: commitment.status === "OFFERED" && side !== null && sideDone === null,
    canEdit: keeper && can(access.role, "commitments", "edit") && commitment.status !== "ENDED",
    canStop: canPauseOrEnd(access, commitment) && commitment.status !== "ENDED",
    choices:
      keeper && can(access.role, "commitments", "checkIn")
        ? checkInChoices(commitment, done, now).map((choice) => ({
            key: choice.key,
            label: `${formatDate(choice.startsAt)}, ${choice.slot.start}`,
          }))
        : null,
    missed: missedView(access, [{ ...commitment, checkedIn: done }], people.nameOfMember, formatDate, now),
    checkIns: history.checkIns.map((checkIn) => ({
      id: checkIn.id,
      when: occurrenceLabel(checkIn.occurrence),
      outcome: checkIn.outcome,
      note: checkIn.note,
      by: personName(checkIn.personId),
    })),
    versions: history.versions.map((version) => ({
      revision: version.revision,
      change: version.change,
      date: formatDate(version.createdAt),
      by: personName(version.changedById),
      kind: version.kind,
      words: version.words,
      slots: version.slots,
      statusReason: version.statusReason,
    })),
  };
}

type ActionResult = {
  error?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  form?: "checkIn" | "status";
};

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = form.get("intent");
  const right =
    intent === "accept"
      ? "accept"
      : intent === "checkIn"
        ? "checkIn"
        : intent === "status"
          ? "pauseOrEnd"
          : "view";
  const access = await requireFamilyPermission(request, params.familyId, "commitments", right);
  const id = IdSchema.safeParse(params.commitmentId);
  // Another family's id (or none) is not found here, whatever the form asks.
  if (!id.success || !(await getCommitment({ familyId: access.familyId, id: id.data }))) throw notFound();
  const values = Object.fromEntries(form);
  const back = (done: string) => redirect(`/families/${access.familyId}/commitments/${id.data}?done=${done}`);
  const refused = (error: string, extra: ActionResult = {}) =>
    data<ActionResult>(
      { error: `commitments:errors.${error}`, ...extra },
      {
        status:
          error === "not-found"
            ? 404
            : error === "not-permitted"
              ? 403
              : error === "conflict" || error === "stale"
                ? 409
                : 400,
      },
    );

  if (intent === "accept") {
    const revision = Number(form.get("revision"));
    const outcome = await acceptCommitment({ access, id: id.data, revision, request });
    if (outcome.ok) return back("accept");
    if (outcome.error === "not-found") throw notFound();
    return refused(outcome.error === "conflict" ? "stale" : outcome.error);
  }
  if (intent === "checkIn") {
    const parsed = CheckInSchema.safeParse(values);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      return data<ActionResult>({ errors, values, form: "checkIn" }, { status: 400 });
    }
    const outcome = await saveOnce(
      { personId: access.person.id, kind: `commitment.checkIn:${id.data}`, form },
      () => logCheckIn({ access, id: id.data, input: parsed.data, request }),
    );
    if (outcome.ok) return back("checkIn");
    if (outcome.error === "not-found") throw notFound();
    return data<ActionResult>(
      {
        errors: {
          occurrence: `commitments:errors.${outcome.error === "not-permitted" ? "not-permitted" : outcome.error}`,
        },
        values,
        form: "checkIn",
      },
      { status: outcome.error === "not-permitted" ? 403 : 400 },
    );
  }
  if (intent === "status") {
    const parsed = StatusChangeSchema.safeParse(values);
    if (!parsed.success)
      return data<ActionResult>(
        {
          errors: {
            reason: parsed.error.issues[0].message.startsWith("commitments:")
              ? parsed.error.issues[0].message
              : "generic.invalid",
          },
          values,
          form: "status",
        },
        { status: 400 },
      );
    if (parsed.data.to !== "resume" && parsed.data.reason === "")
      return data<ActionResult>(
        { errors: { reason: "commitments:errors.reasonRequired" }, values, form: "status" },
        { status: 400 },
      );
    const outcome = await changeStatus({
      access,
      id: id.data,
      revision: parsed.data.revision,
      to: parsed.data.to,
      reason: parsed.data.reason,
      request,
    });
    if (outcome.ok) return back("status");
    if (outcome.error === "not-found") throw notFound();
    return refused(outcome.error === "conflict" ? "stale" : outcome.error, { values, form: "status" });
  }
  return refused("not-now");
}

export default function CommitmentPage() {
  const { t } = useTranslation("commitments");
  const { familyId, commitment, canAccept, canEdit, canStop, choices, missed, checkIns, versions } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const [search] = useSearchParams();
  const done = search.get("done");
  const errors = result?.errors ?? {};
  const typed = result?.values ?? {};

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t(`kind.${commitment.kind}`)}</h1>
      {done && ["offer", "accept", "checkIn", "edit", "status"].includes(done) ? (
        <p role="status" className="border-l-4 border-green-700 pl-3 font-bold">
          {t(`detail.done.${done}`)}
        </p>
      ) : null}
      {result?.error ? (
        <p role="alert" className="border-l-4 border-red-700 pl-3 font-bold text-red-700">
          {t(result.error)}
        </p>
      ) : null}
      <p>{isolatedName((slot) => t("detail.keeper", { name: slot }), commitment.who)}</p>
      <p className="font-bold">{t(`status.${commitment.status}`)}</p>
      {commitment.statusReason ? (
        <p className="break-words">
          {isolatedName((slot) => t("detail.reason", { reason: slot }), commitment.statusReason)}
        </p>
      ) : null}
      {commitment.words ? (
        <p dir="auto" className="rounded bg-white p-3 break-words">
          {commitment.words}
        </p>
      ) : null}
      <section aria-labelledby="when-heading">
        <h2 id="when-heading" className="text-xl font-bold">
          {t("detail.when")}
        </h2>
        <ScheduleList slots={commitment.slots} />
        <p>
          {commitment.end
            ? t("datesWithEnd", { start: commitment.start, end: commitment.end })
            : t("dates", { start: commitment.start })}
        </p>
      </section>

      <ul className="space-y-1">
        <li>
          {commitment.familyAcceptedBy !== null
            ? isolatedName((slot) => t("detail.agreedFamily", { name: slot }), commitment.familyAcceptedBy)
            : t("detail.waitingFamily")}
        </li>
        <li>
          {commitment.practitionerAcceptedBy !== null
            ? isolatedName(
                (slot) => t("detail.agreedPractitioner", { name: slot }),
                commitment.practitionerAcceptedBy,
              )
            : t("detail.waitingPractitioner")}
        </li>
      </ul>
      {canAccept ? (
        <Form method="post">
          <input type="hidden" name="revision" value={commitment.revision} />
          <button
            type="submit"
            name="intent"
            value="accept"
            className="rounded bg-green-800 px-4 py-2 font-bold text-white"
          >
            {t("detail.accept")}
          </button>
        </Form>
      ) : null}

      <MissedCheckIns familyId={familyId} missed={missed} />

      {choices ? (
        <section aria-labelledby="check-in-heading" className="rounded bg-white p-3">
          <h2 id="check-in-heading" className="text-xl font-bold">
            {t("detail.checkInTitle")}
          </h2>
          <p>{t("detail.checkInIntro")}</p>
          {choices.length === 0 ? (
            <p>{t("detail.nothingDue")}</p>
          ) : (
            <CreateForm className="mt-3 space-y-4">
              <input type="hidden" name="intent" value="checkIn" />
              <FieldShell id="occurrence" label={t("detail.occurrence")} error={errors.occurrence}>
                {({ describedBy, invalid }) => (
                  <select
                    id="occurrence"
                    name="occurrence"
                    defaultValue={typed.occurrence ?? choices[0].key}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    className="mt-1 block rounded border-2 border-gray-800 px-2 py-2"
                  >
                    {choices.map((choice) => (
                      <option key={choice.key} value={choice.key}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                )}
              </FieldShell>
              <fieldset id="outcome" className={errors.outcome ? "border-l-4 border-red-700 pl-3" : ""}>
                <legend className="font-bold">{t("detail.outcome")}</legend>
                {errors.outcome ? <p className="font-bold text-red-700">{t(errors.outcome)}</p> : null}
                {(["DONE", "COULD_NOT"] as const).map((outcome) => (
                  <label key={outcome} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name="outcome"
                      value={outcome}
                      defaultChecked={typed.outcome === outcome}
                      className="h-5 w-5"
                    />
                    {t(`detail.outcome${outcome}`)}
                  </label>
                ))}
              </fieldset>
              <TextareaField
                name="note"
                label={t("detail.note")}
                hint={t("detail.noteHint")}
                defaultValue={typed.note ?? ""}
                error={errors.note}
                maxLength={500}
              />
              <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
                {t("detail.checkIn")}
              </button>
            </CreateForm>
          )}
        </section>
      ) : null}

      <section aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading" className="text-xl font-bold">
          {t("detail.checkIns")}
        </h2>
        {checkIns.length === 0 ? <p>{t("detail.noCheckIns")}</p> : null}
        <ul className="list-disc pl-6">
          {checkIns.map((checkIn) => (
            <li key={checkIn.id} className="break-words">
              {t("detail.checkInLine", {
                when: checkIn.when,
                outcome: t(`detail.outcome${checkIn.outcome}`),
              })}{" "}
              {checkIn.note ? (
                <>
                  <q dir="auto">{checkIn.note}</q>{" "}
                </>
              ) : null}
              ({isolatedName((slot) => t("detail.loggedBy", { name: slot }), checkIn.by)})
            </li>
          ))}
        </ul>
      </section>

      {canEdit ? (
        <p>
          <Link
            to={`/families/${familyId}/commitments/${commitment.id}/edit`}
            className="inline-block rounded border-2 border-green-800 px-4 py-2 font-bold text-green-800"
          >
            {t("detail.change")}
          </Link>
        </p>
      ) : null}

      {canStop ? (
        <section aria-labelledby="stop-heading" className="rounded bg-white p-3">
          <h2 id="stop-heading" className="text-xl font-bold">
            {t("detail.stopTitle")}
          </h2>
          <Form method="post" className="mt-3 space-y-3">
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="revision" value={commitment.revision} />
            <TextareaField
              name="reason"
              label={t("detail.reasonLabel")}
              hint={t("detail.reasonHint")}
              defaultValue={typed.reason ?? ""}
              error={errors.reason}
              maxLength={500}
              rows={2}
            />
            <div className="flex flex-wrap gap-2">
              {commitment.status === "ACTIVE" ? (
                <button
                  type="submit"
                  name="to"
                  value="pause"
                  className="rounded border-2 border-gray-800 px-3 py-1 font-bold"
                >
                  {t("detail.pause")}
                </button>
              ) : null}
              {commitment.status === "PAUSED" ? (
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
      ) : null}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-xl font-bold">
          {t("detail.history")}
        </h2>
        <ol className="space-y-2">
          {versions.map((version) => (
            <li key={version.revision} className="rounded bg-white p-2 text-sm">
              <p>
                {isolatedName(
                  (slot) =>
                    t("detail.historyLine", {
                      revision: version.revision,
                      date: version.date,
                      change: t(`detail.changes.${version.change}`),
                      name: slot,
                    }),
                  version.by,
                )}
              </p>
              <p>
                {t(`kind.${version.kind}`)}: <ScheduleText slots={version.slots} />
              </p>
              {version.words ? (
                <p dir="auto" className="break-words">
                  {version.words}
                </p>
              ) : null}
              {version.statusReason ? (
                <p className="break-words">
                  {isolatedName((slot) => t("detail.reason", { reason: slot }), version.statusReason)}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link to={`/families/${familyId}/commitments`} className="text-brand underline">
          {t("form.back")}
        </Link>
      </p>
    </div>
  );
}
