import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isolatedName } from "~/components/isolated-name";
import { ContactForm, ContactGuidance } from "~/components/kinship/contact-form";
import { changeArrangement, getArrangement, parseContactForm } from "~/modules/kinship/contact.server";
import { can } from "~/modules/permissions/can";
import { recordRead, requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { dateFormatter } from "~/utils/dates.server";
import { BaseVersionSchema } from "~/utils/forms.server";
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
  const parsed = parseContactForm(form);
  const baseVersion = BaseVersionSchema.safeParse(form.get("baseVersion"));
  if (!parsed.ok || !baseVersion.success) {
    return data(
      {
        errors: parsed.ok ? { form: "kinship:errors.generic" } : parsed.errors,
        values: Object.fromEntries(form),
        conflict: false,
      },
      { status: 400 },
    );
  }
  const outcome = await changeArrangement({
    access,
    arrangementId,
    baseVersion: baseVersion.data,
    input: parsed.data,
    request,
  });
  if (!outcome.ok) {
    if (outcome.error === "not-found") throw notFound();
    // Someone saved first: their version shows above; what this person typed stays in the form.
    return data(
      {
        errors: { form: "kinship:errors.contact.conflict" },
        values: Object.fromEntries(form),
        conflict: true,
      },
      { status: 409 },
    );
  }
  return redirect(`/families/${access.familyId}/kinship/contact/${arrangementId}?done=changed`);
}

export default function ContactArrangementPage() {
  const { t } = useTranslation("kinship");
  const { canWrite, current, versions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const values = actionData?.values ?? {
    who: current.who,
    whenText: current.whenText,
    place: current.place,
    supervised: current.supervised ? "yes" : "no",
    supervisor: current.supervisor,
    ownSteps: current.ownSteps,
    stopped: current.stopped ? "yes" : undefined,
  };
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
          {actionData?.conflict ? <p className="font-bold">{t("contact.conflictHelp")}</p> : null}
          <ContactForm
            values={values}
            errors={actionData?.errors ?? {}}
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

type Shown = {
  who: string;
  whenText: string;
  place: string;
  supervised: boolean;
  supervisor: string;
  ownSteps: string;
  stopped: boolean;
};

function ArrangementDetails({
  version,
  heading,
  level = 2,
}: {
  version: Shown;
  heading: React.ReactNode;
  level?: 2 | 3;
}) {
  const { t } = useTranslation("kinship");
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="rounded border-2 border-gray-300 bg-white p-4 [overflow-wrap:anywhere] break-words">
      <Heading className="text-lg font-bold">{heading}</Heading>
      <dl className="mt-2 grid gap-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t("contact.form.who")}</dt>
        <dd dir="auto">{version.who}</dd>
        <dt className="font-bold">{t("contact.form.when")}</dt>
        <dd dir="auto">{version.whenText}</dd>
        <dt className="font-bold">{t("contact.form.place")}</dt>
        <dd dir="auto">{version.place}</dd>
        <dt className="font-bold">{t("contact.form.supervised")}</dt>
        <dd>
          {t(version.supervised ? "contact.supervisedYes" : "contact.supervisedNo")}
          {version.supervised && version.supervisor ? (
            <>
              {" "}
              (<bdi>{version.supervisor}</bdi>)
            </>
          ) : null}
        </dd>
        <dt className="font-bold">{t("contact.form.ownSteps")}</dt>
        <dd className="whitespace-pre-line" dir="auto">
          {version.ownSteps || t("contact.noOwnSteps")}
        </dd>
      </dl>
      {version.stopped ? <p className="mt-2 font-bold">{t("contact.stopped")}</p> : null}
    </div>
  );
}
