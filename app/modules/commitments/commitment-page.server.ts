// One commitment's page: what it shows, and its three forms (agree, check in, pause/resume/end),
// worked out here so the route stays thin. The route asks the guard for the intent's right first.
import { redirect } from "@remix-run/node";
import { z } from "zod";

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
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import type { IntentOf } from "~/modules/permissions/intents";
import { dateFormatter } from "~/utils/dates.server";
import { BaseVersionSchema, parseSubmission, refuse } from "~/utils/forms.server";
import { IdSchema, notFound } from "~/utils/http.server";
import { saveOnce } from "~/utils/submission.server";
import { ukInstant } from "~/utils/uk-time";

export async function commitmentPage({
  access,
  id,
  request,
}: {
  access: FamilyAccess;
  id: string;
  request: Request;
}) {
  const commitment = await getCommitment({ familyId: access.familyId, id });
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
    canEdit: keeper && can(access, "commitments", "edit") && commitment.status !== "ENDED",
    canStop: canPauseOrEnd(access, commitment) && commitment.status !== "ENDED",
    choices:
      keeper && can(access, "commitments", "checkIn")
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

export type CommitmentPageData = Awaited<ReturnType<typeof commitmentPage>>;

const AcceptSchema = z.object({ revision: BaseVersionSchema });

// A refused change says why in the page's words; the status says what kind of refusal it is.
const statusOf = (error: string) =>
  error === "not-permitted" ? 403 : error === "stale" || error === "conflict" ? 409 : 400;

/** Answers one of the page's forms; `intent` has passed the guard with its own right. */
export async function answerCommitmentForm({
  access,
  intent,
  param,
  form,
  request,
}: {
  access: FamilyAccess;
  intent: IntentOf<"commitment">;
  param: string | undefined;
  form: URLSearchParams;
  request: Request;
}) {
  const id = IdSchema.safeParse(param);
  // Another family's id (or none) is not found here, whatever the form asks.
  if (!id.success || !(await getCommitment({ familyId: access.familyId, id: id.data }))) throw notFound();
  const back = (done: string) => redirect(`/families/${access.familyId}/commitments/${id.data}?done=${done}`);

  if (intent === "accept") {
    const submission = parseSubmission(form, AcceptSchema);
    if (submission.status !== "success") return refuse(submission);
    const outcome = await acceptCommitment({
      access,
      id: id.data,
      revision: submission.value.revision,
      request,
    });
    if (outcome.ok) return back("accept");
    if (outcome.error === "not-found") throw notFound();
    const error = outcome.error === "conflict" ? "stale" : outcome.error;
    return refuse(submission, { "": `commitments:errors.${error}` }, statusOf(error));
  }

  if (intent === "checkIn") {
    const submission = parseSubmission(form, CheckInSchema);
    if (submission.status !== "success") return refuse(submission);
    const input = submission.value;
    const outcome = await saveOnce(
      { personId: access.person.id, kind: `commitment.checkIn:${id.data}`, form },
      () => logCheckIn({ access, id: id.data, input, request }),
    );
    if (outcome.ok) return back("checkIn");
    if (outcome.error === "not-found") throw notFound();
    return refuse(submission, { occurrence: `commitments:errors.${outcome.error}` }, statusOf(outcome.error));
  }

  const submission = parseSubmission(form, StatusChangeSchema);
  if (submission.status !== "success") return refuse(submission);
  const { to, reason, revision } = submission.value;
  if (to !== "resume" && reason === "")
    return refuse(submission, { reason: "commitments:errors.reasonRequired" });
  const outcome = await changeStatus({ access, id: id.data, revision, to, reason, request });
  if (outcome.ok) return back("status");
  if (outcome.error === "not-found") throw notFound();
  const error = outcome.error === "conflict" ? "stale" : outcome.error;
  return refuse(submission, { "": `commitments:errors.${error}` }, statusOf(error));
}
