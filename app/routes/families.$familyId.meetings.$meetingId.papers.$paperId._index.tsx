import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { replyFor } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/meetings/done-notice";
import { PaperSection } from "~/components/meetings/paper-sections";
import { GlossaryLinksContext } from "~/components/plan/glossary-text";
import { paperPageView, savePaperForm } from "~/modules/meetings/paper-page.server";
import { requireFamilyPermission, requireIntentPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

// A paper written as sections (docs/decisions/2026-12-06-paper-sections.md): read on a phone,
// plain words first; "this is wrong" on each section; the social worker's answers.
export const handle: RouteHandle = { titleKey: "meetings:sections.pageTitle", i18n: ["plan", "meetings"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  return paperPageView({
    request,
    access,
    meetingId: requireIdParam(params.meetingId),
    paperId: requireIdParam(params.paperId),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  // The guard runs first, whatever was posted, so an outsider learns nothing from the answer.
  const { access, intent } = await requireIntentPermission(request, params.familyId, "paper", form);
  return savePaperForm({
    request,
    access,
    meetingId: requireIdParam(params.meetingId),
    paperId: requireIdParam(params.paperId),
    intent,
    form,
  });
}

export default function PaperPage() {
  const { t } = useTranslation("meetings");
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  const doneText: Record<string, string> = {
    section: t("sections.saved"),
    changed: t("sections.changedSaved"),
    marked: t("sections.markSaved"),
    markedLate: t("sections.markSavedLate"),
    answered: t("sections.answerSaved"),
  };
  return (
    <div className="space-y-6 break-words">
      <Link to={view.meetingUrl} className="text-brand underline">
        {t("sections.back")}
      </Link>
      <div>
        <p className="text-sm text-gray-700">{t(`kinds.${view.paper.meetingKind}`)}</p>
        <h1 className="text-3xl font-bold">
          <bdi>{view.paper.title}</bdi>
        </h1>
        <p className="text-sm text-gray-700">{t(`detail.paperKinds.${view.paper.kind}`)}</p>
        <p>
          {view.isWorker
            ? t("detail.paperDueWorker", { date: view.paper.dueOn })
            : t("detail.paperDue", { date: view.paper.dueOn })}
        </p>
      </div>
      <DoneNotice text={done && Object.hasOwn(doneText, done) ? doneText[done]! : null} />
      {view.canMark ? <p>{t("sections.intro")}</p> : null}
      {view.sections.length === 0 ? <p>{t("sections.none")}</p> : null}
      <GlossaryLinksContext.Provider value={view.glossaryLinks}>
        {view.sections.map((section) => (
          <PaperSection
            key={section.id}
            section={section}
            paperUrl={view.paperUrl}
            canWrite={view.canWrite}
            canMark={view.canMark}
            canAnswer={view.canAnswer}
            markReply={replyFor(actionData, "markSection")}
            answerReply={replyFor(actionData, "answerMark")}
          />
        ))}
      </GlossaryLinksContext.Provider>
      {view.canWrite ? (
        <p>
          <Link to={`${view.paperUrl}/sections/new`} className="font-bold text-brand underline">
            {t("sections.addLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
