import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CommitmentForm } from "~/components/commitments/commitment-form";
import { ScheduleText } from "~/components/commitments/schedule-text";
import { isolatedName } from "~/components/isolated-name";
import { MAX_SLOTS } from "~/modules/commitments/commitment-constants";
import {
  editCommitment,
  formValuesOf,
  getCommitment,
  isKeeper,
  parseCommitmentForm,
} from "~/modules/commitments/commitments.server";
import { familyPeople } from "~/modules/family/people.server";
import { requireFamilyPermission, type FamilyAccess } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
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
  const revision = Number(form.get("revision"));
  const parsed = parseCommitmentForm(form);
  if (!parsed.ok || !Number.isInteger(revision) || revision < 1) {
    return data(
      {
        outcome: "invalid" as const,
        errors: parsed.ok ? { form: "generic.invalid" } : parsed.errors,
        values: parsed.ok ? formValuesOf(parsed.data) : parsed.values,
        revision,
      },
      { status: 400 },
    );
  }
  const outcome = await editCommitment({ access, id: commitment.id, revision, input: parsed.data, request });
  if (outcome.ok) return redirect(`/families/${access.familyId}/commitments/${commitment.id}?done=edit`);
  if (outcome.error === "conflict") {
    const people = await familyPeople({ familyId: access.familyId });
    return data(
      {
        outcome: "conflict" as const,
        theirs: {
          kind: outcome.theirs.kind,
          words: outcome.theirs.words,
          slots: outcome.theirs.slots,
          status: outcome.theirs.status,
        },
        theirsBy: people.nameOfPerson(outcome.theirsBy),
        values: formValuesOf(parsed.data),
        revision: outcome.theirs.revision,
      },
      { status: 409 },
    );
  }
  if (outcome.error === "not-found") throw notFound();
  return data(
    {
      outcome: "invalid" as const,
      errors: { form: `commitments:errors.${outcome.error}` },
      values: formValuesOf(parsed.data),
      revision,
    },
    { status: outcome.error === "not-permitted" ? 403 : 400 },
  );
}

export default function EditCommitment() {
  const { t } = useTranslation("commitments");
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const back = (
    <p>
      <Link to={`/families/${loaded.familyId}/commitments/${loaded.id}`} className="text-brand underline">
        {t("form.back")}
      </Link>
    </p>
  );

  if (result?.outcome === "conflict") {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("conflict.title")}</h1>
        <p>{isolatedName((slot) => t("conflict.intro", { name: slot }), result.theirsBy)}</p>
        <section aria-labelledby="theirs" className="rounded border-2 border-gray-500 bg-white p-3">
          <h2 id="theirs" className="text-xl font-bold">
            {t("conflict.theirs")}
          </h2>
          <p>
            {t(`kind.${result.theirs.kind}`)} ({t(`status.${result.theirs.status}`)})
          </p>
          {result.theirs.words ? (
            <p dir="auto" className="break-words">
              {result.theirs.words}
            </p>
          ) : null}
          <p>
            <ScheduleText slots={result.theirs.slots} />
          </p>
        </section>
        <section aria-labelledby="mine" className="space-y-3">
          <h2 id="mine" className="text-xl font-bold">
            {t("conflict.mine")}
          </h2>
          <p>{t("conflict.mineHint")}</p>
          <CommitmentForm
            key={result.revision}
            values={result.values}
            errors={{}}
            maxSlots={MAX_SLOTS}
            revision={result.revision}
            submitLabel={t("form.save")}
          />
        </section>
        {back}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("form.editTitle")}</h1>
      <p>{t("form.editIntro")}</p>
      <CommitmentForm
        values={result?.values ?? loaded.values}
        errors={result?.errors ?? {}}
        maxSlots={MAX_SLOTS}
        revision={result?.revision ?? loaded.revision}
        submitLabel={t("form.save")}
      />
      {back}
    </div>
  );
}
