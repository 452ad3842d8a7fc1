import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isReply } from "~/components/forms/use-server-form";
import { Link } from "~/components/link";
import { OutcomeAnswers } from "~/components/meetings/outcome-answers";
import { OutcomeForm } from "~/components/meetings/outcome-form";
import { familyPeople } from "~/modules/family/people.server";
import { outcomePageView, saveOutcomeForm } from "~/modules/meetings/outcome-page.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { meetingFormatter, requestLanguage } from "~/utils/dates.server";
import { requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";

export const handle: RouteHandle = {
  titleKey: "meetings:outcome.title",
  i18n: ["glossary", "plan", "meetings"],
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "recordOutcome", {
    context,
  });
  const [people, language] = await Promise.all([
    familyPeople({ familyId: access.familyId }),
    requestLanguage(request),
  ]);
  return outcomePageView({
    access,
    meetingId: requireIdParam(params.meetingId),
    format: meetingFormatter(language),
    people,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "recordOutcome");
  const form = await readForm(request);
  return saveOutcomeForm({ request, access, meetingId: requireIdParam(params.meetingId), form });
}

export default function MeetingOutcome() {
  const { t } = useTranslation("meetings");
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6 break-words">
      <p>
        <Link to={`/families/${view.familyId}/meetings/${view.meeting.id}`} className="text-brand underline">
          {t("outcome.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("outcome.title")}</h1>
      <p>
        <span className="font-bold">{t(`kinds.${view.meeting.kind}`)}</span>{" "}
        {t("detail.timeRange", view.meeting.when)}
      </p>
      <OutcomeForm view={view} lastResult={isReply(actionData) ? actionData : null} />
      <OutcomeAnswers answers={view.answers} />
    </div>
  );
}
