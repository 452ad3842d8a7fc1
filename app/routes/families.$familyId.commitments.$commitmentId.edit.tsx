import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CommitmentForm } from "~/components/commitments/commitment-form";
import { ScheduleText } from "~/components/commitments/schedule-text";
import { ConflictPage } from "~/components/forms/conflict-page";
import { isReply, textOf } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { Link } from "~/components/link";
import { MAX_SLOTS } from "~/modules/commitments/commitment-constants";
import {
  CommitmentFormSchema,
  editCommitment,
  formValuesOf,
  getCommitment,
  isKeeper,
} from "~/modules/commitments/commitments.server";
import { familyPeople } from "~/modules/family/people.server";
import { requireFamilyPermission, type FamilyAccess } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { BaseVersionSchema, parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "commitments:form.editTitle", i18n: ["commitments"] };

/** Only the keeper changes their own promise; anyone else gets the same 404 as a wrong id. */
async function ownCommitment(access: FamilyAccess, param: string | undefined) {
  const commitment = await getCommitment({ familyId: access.familyId, id: requireIdParam(param) });
  if (!commitment || !isKeeper(access, commitment) || commitment.status === "ENDED") throw notFound();
  return commitment;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "edit", { context });
  const commitment = await ownCommitment(access, params.commitmentId);
  return {
    familyId: access.familyId,
    id: commitment.id,
    revision: commitment.revision,
    values: formValuesOf(commitment),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "commitments", "edit");
  const commitment = await ownCommitment(access, params.commitmentId);
  const form = await readForm(request);
  const submission = parseSubmission(form, CommitmentFormSchema);
  if (submission.status !== "success") return refuse(submission);
  const revision = BaseVersionSchema.safeParse(form.get("revision"));
  if (!revision.success) return refuse(submission, { "": "generic.invalid" });
  const input = submission.value;
  const outcome = await editCommitment({
    access,
    id: commitment.id,
    revision: revision.data,
    input,
    request,
  });
  if (outcome.ok) return redirect(`/families/${access.familyId}/commitments/${commitment.id}?done=edit`);
  if (outcome.error === "conflict") {
    const people = await familyPeople({ familyId: access.familyId });
    // Someone saved first: their version to read, and this person's words kept, on top of it.
    return data(
      {
        conflict: {
          theirs: {
            kind: outcome.theirs.kind,
            words: outcome.theirs.words,
            slots: outcome.theirs.slots,
            status: outcome.theirs.status,
          },
          theirsBy: people.nameOfPerson(outcome.theirsBy),
          values: formValuesOf(input),
          revision: outcome.theirs.revision,
        },
      },
      { status: 409 },
    );
  }
  if (outcome.error === "not-found") throw notFound();
  return refuse(
    submission,
    { "": `commitments:errors.${outcome.error}` },
    outcome.error === "not-permitted" ? 403 : 400,
  );
}

export default function EditCommitment() {
  const { t } = useTranslation("commitments");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const reply = isReply(result) ? result : null;
  // A refused form keeps the revision it started from, so a change made meanwhile is not overwritten.
  const revision = Number(textOf(reply?.initialValue?.revision)) || loaded.revision;
  const back = (
    <p>
      <Link to={`/families/${loaded.familyId}/commitments/${loaded.id}`} className="text-brand underline">
        {t("form.back")}
      </Link>
    </p>
  );

  if (result && "conflict" in result) {
    const { theirs, theirsBy, values, revision } = result.conflict;
    return (
      <ConflictPage
        back={back}
        title={t("conflict.title")}
        intro={isolatedName((slot) => t("conflict.intro", { name: slot }), theirsBy)}
        theirsTitle={t("conflict.theirs")}
        theirs={
          <>
            <p>
              {t(`kind.${theirs.kind}`)} ({t(`status.${theirs.status}`)})
            </p>
            {theirs.words ? (
              <p dir="auto" className="break-words">
                {theirs.words}
              </p>
            ) : null}
            <p>
              <ScheduleText slots={theirs.slots} />
            </p>
          </>
        }
        mineTitle={t("conflict.mine")}
        mineHint={t("conflict.mineHint")}
        form={
          <CommitmentForm
            key={revision}
            id={`commitment-over-${revision}`}
            defaultValue={values}
            maxSlots={MAX_SLOTS}
            revision={revision}
            submitLabel={t("form.save")}
          />
        }
      />
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("form.editTitle")}</h1>
      <p>{t("form.editIntro")}</p>
      <CommitmentForm
        id="commitment"
        lastResult={reply}
        defaultValue={loaded.values}
        maxSlots={MAX_SLOTS}
        revision={revision}
        submitLabel={t("form.save")}
      />
      {back}
    </div>
  );
}
