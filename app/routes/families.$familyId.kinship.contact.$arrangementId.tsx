import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ConflictPage } from "~/components/forms/conflict-page";
import { isReply } from "~/components/forms/use-server-form";
import { isolatedName } from "~/components/isolated-name";
import { ArrangementDetails } from "~/components/kinship/arrangement-details";
import { ContactForm, ContactGuidance } from "~/components/kinship/contact-form";
import { changeArrangement, ContactSchema, getArrangement } from "~/modules/kinship/contact.server";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { BaseVersionSchema, parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = { titleKey: "kinship:contact.oneTitle", i18n: ["kinship"] };

async function load(familyId: string, arrangementIdParam: string | undefined) {
  const id = requireIdParam(arrangementIdParam);
  const arrangement = await getArrangement({ familyId, arrangementId: id });
  if (!arrangement) throw notFound();
  return { arrangementId: id, arrangement };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "contact", "view", {
    context,
    audit: "later",
  });
  const [{ arrangementId, arrangement }, format] = await Promise.all([
    load(access.familyId, params.arrangementId),
    dateFormatter(request),
  ]);
  await recordRead(request, access, {
    action: "contact.view",
    entity: "contactArrangement",
    entityId: arrangementId,
  });
  return {
    canWrite: can(access, "contact", "write"),
    current: { ...arrangement.current, createdAt: format(arrangement.current.createdAt) },
    versions: arrangement.versions.map(({ authorId: _authorId, ...version }) => ({
      ...version,
      createdAt: format(version.createdAt),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "contact", "write");
  const { arrangementId } = await load(access.familyId, params.arrangementId);
  const form = await readForm(request);
  const submission = parseSubmission(form, ContactSchema);
  if (submission.status !== "success") return refuse(submission);
  const baseVersion = BaseVersionSchema.safeParse(form.get("baseVersion"));
  if (!baseVersion.success) return refuse(submission, { "": "kinship:errors.generic" });
  const outcome = await changeArrangement({
    access,
    arrangementId,
    baseVersion: baseVersion.data,
    input: submission.value,
    request,
  });
  if (!outcome.ok) {
    if (outcome.error === "not-found") throw notFound();
    // Someone saved first: the page shows their version, and what this person typed to save again.
    return data({ conflict: true as const, mine: submission.payload }, { status: 409 });
  }
  return redirect(`/families/${access.familyId}/kinship/contact/${arrangementId}?done=changed`);
}

export default function ContactArrangementPage() {
  const { t } = useTranslation("kinship");
  const { canWrite, current, versions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = {
    who: current.who,
    whenText: current.whenText,
    place: current.place,
    supervised: current.supervised ? "yes" : "no",
    supervisor: current.supervisor,
    ownSteps: current.ownSteps,
    stopped: current.stopped ? "yes" : undefined,
  };
  if (canWrite && actionData && "conflict" in actionData) {
    return (
      <ConflictPage
        back={null}
        title={t("contact.conflict.title")}
        intro={t("errors.contact.conflict")}
        theirsTitle={t("contact.conflict.theirs")}
        theirs={<ArrangementDetails version={current} heading={t("contact.now")} level={3} />}
        mineTitle={t("contact.conflict.mine")}
        mineHint={t("contact.conflict.mineHint")}
        form={
          <ContactForm
            id="contact-conflict"
            defaultValue={actionData.mine}
            baseVersion={current.version}
            submitLabel={t("contact.form.saveChange")}
          />
        }
      />
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold break-words">{t("contact.oneTitle")}</h1>
      {searchParams.get("done") === "changed" ? (
        <p role="status" className="border-l-4 border-green-800 bg-white p-3 font-bold">
          {t("contact.changed")}
        </p>
      ) : null}
      <ArrangementDetails version={current} heading={t("contact.now")} />
      {canWrite ? (
        <section aria-labelledby="change-arrangement" className="space-y-3">
          <h2 id="change-arrangement" className="text-xl font-bold">
            {t("contact.change")}
          </h2>
          <ContactForm
            id="contact-change"
            lastResult={isReply(actionData) ? actionData : null}
            defaultValue={saved}
            baseVersion={current.version}
            submitLabel={t("contact.form.saveChange")}
          />
        </section>
      ) : null}
      <ContactGuidance />
      <section aria-labelledby="history">
        <h2 id="history" className="text-xl font-bold">
          {t("contact.history")}
        </h2>
        <ol className="mt-2 space-y-3">
          {versions.map((version) => (
            <li key={version.version}>
              <ArrangementDetails
                version={version}
                heading={isolatedName(
                  (name) => t("contact.versionBy", { number: version.version, at: version.createdAt, name }),
                  version.authorName,
                )}
                level={3}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
