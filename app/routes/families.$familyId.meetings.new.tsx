import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CreateForm } from "~/components/forms/create-form";
import { ErrorSummary } from "~/components/forms/error-summary";
import { Checkboxes } from "~/components/forms/fieldset";
import { SelectField } from "~/components/forms/select-field";
import { useServerForm } from "~/components/forms/use-server-form";
import { MeetingWhenFields } from "~/components/meetings/when-fields";
import { meetingKinds } from "~/modules/meetings/meeting-kinds";
import { newMeetingSchema, type NewMeetingInput } from "~/modules/meetings/meetings.schema.server";
import { bookMeeting, invitableMembers } from "~/modules/meetings/meetings.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import type { RouteHandle } from "~/root";
import { parseSubmission, refuse } from "~/utils/forms.server";
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
  const submission = parseSubmission(form, newMeetingSchema(new Date()));
  if (submission.status !== "success") return refuse(submission);
  // The invitees are checked by bookMeeting, against the family's members.
  const invitees = form.getAll("invitee");
  const outcome = await saveOnce({ personId: access.person.id, kind: "meeting.book", form }, () =>
    bookMeeting({ access, input: submission.value, invitees }),
  );
  if (!outcome.ok) return refuse(submission, { invitee: `meetings:errors.${outcome.error}` });
  return redirect(`/families/${access.familyId}/meetings/${outcome.meetingId}?done=booked`);
}

export default function BookMeeting() {
  const { t } = useTranslation("meetings");
  const { members } = useLoaderData<typeof loader>();
  const [form, fields] = useServerForm<NewMeetingInput & { invitee: string[] }>({
    id: "book-meeting",
    lastResult: useActionData<typeof action>(),
  });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("book.title")}</h1>
      <ErrorSummary form={form} />
      <CreateForm id={form.id} noValidate>
        <SelectField
          meta={fields.kind}
          className="w-full max-w-md"
          label={t("book.kind")}
          options={[
            { value: "", label: t("book.kind") },
            ...meetingKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          ]}
        />
        <MeetingWhenFields fields={fields} />
        <Checkboxes
          meta={fields.invitee}
          legend={t("book.invitees")}
          hint={t("book.inviteesHint")}
          options={members.map((member) => ({
            value: member.personId,
            label: (
              <span className="break-words">
                <bdi>{member.name}</bdi> ({t(`common:roles.${member.role}`)})
              </span>
            ),
          }))}
        />
        <button type="submit" className="rounded bg-green-800 px-4 py-2 font-bold text-white">
          {t("book.submit")}
        </button>
      </CreateForm>
    </div>
  );
}
