import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { LegacyErrorSummary as ErrorSummary } from "~/components/forms/legacy";
import { MeetingWhenFields } from "~/components/meetings/when-fields";
import { meetingKinds } from "~/modules/meetings/meeting-kinds";
import { meetingErrors, newMeetingSchema } from "~/modules/meetings/meetings.schema.server";
import { bookMeeting, invitableMembers } from "~/modules/meetings/meetings.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseForm } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

export const handle: RouteHandle = { titleKey: "meetings:book.title", i18n: ["meetings"] };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "schedule", { context });
  return { members: await invitableMembers({ familyId: access.familyId }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "schedule");
  const form = await readForm(request);
  const invitees = form.getAll("invitee");
  const parsed = parseForm(form, newMeetingSchema(new Date()));
  const keep = { invitees };
  if (!parsed.ok)
    return data({ errors: meetingErrors(parsed.errors), values: parsed.values, ...keep }, { status: 400 });
  const outcome = await saveOnce({ personId: access.person.id, kind: "meeting.book", form }, () =>
    bookMeeting({ access, input: parsed.data, invitees }),
  );
  if (!outcome.ok) {
    const values = Object.fromEntries(form);
    return data(
      {
        errors: meetingErrors({ invitee: outcome.error }),
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
        ...keep,
      },
      { status: 400 },
    );
  }
  return redirect(`/families/${access.familyId}/meetings/${outcome.meetingId}?done=booked`);
}

export default function BookMeeting() {
  const { t } = useTranslation("meetings");
  const { members } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const invited = new Set(actionData?.invitees ?? []);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("book.title")}</h1>
      <ErrorSummary errors={actionData?.errors} />
      <CreateForm noValidate>
        <div className={`mb-5 ${errors.kind ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <label htmlFor="kind" className="block font-bold">
            {t("book.kind")}
          </label>
          {errors.kind ? (
            <p id="kind-error" className="font-bold text-red-700">
              <span className="sr-only">{t("errors:prefix")}: </span>
              {t(errors.kind)}
            </p>
          ) : null}
          <select
            id="kind"
            name="kind"
            defaultValue={values.kind ?? ""}
            aria-invalid={errors.kind ? true : undefined}
            aria-describedby={errors.kind ? "kind-error" : undefined}
            className="mt-1 block w-full max-w-md rounded border-2 border-gray-800 px-2 py-2"
          >
            <option value="">{t("book.kind")}</option>
            {meetingKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <MeetingWhenFields values={values} errors={errors} />
        <fieldset
          id="invitee"
          tabIndex={-1}
          className={`mb-5 ${errors.invitee ? "border-l-4 border-red-700 pl-3" : ""}`}
          aria-describedby="invitee-hint"
        >
          <legend className="font-bold">{t("book.invitees")}</legend>
          <p id="invitee-hint" className="text-sm text-gray-700">
            {t("book.inviteesHint")}
          </p>
          {errors.invitee ? (
            <p className="font-bold text-red-700">
              <span className="sr-only">{t("errors:prefix")}: </span>
              {t(errors.invitee)}
            </p>
          ) : null}
          {members.map((member) => (
            <div key={member.personId} className="mt-2 flex items-start gap-2">
              <input
                type="checkbox"
                name="invitee"
                value={member.personId}
                id={`invitee-${member.personId}`}
                defaultChecked={invited.has(member.personId)}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={`invitee-${member.personId}`} className="break-words">
                <bdi>{member.name}</bdi> ({t(`common:roles.${member.role}`)})
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("book.submit")}
        </button>
      </CreateForm>
    </div>
  );
}
