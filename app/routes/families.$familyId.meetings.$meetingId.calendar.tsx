import type { LoaderFunctionArgs } from "@remix-run/node";

import { meetingCalendar, meetingForCalendar } from "~/modules/meetings/calendar.server";
import { getMeeting } from "~/modules/meetings/meetings.server";
import { requireFamilyPermission } from "~/modules/permissions/guard.server";
import { requestLanguage } from "~/utils/dates.server";
import { notFound, requireIdParam } from "~/utils/http.server";

// One meeting as an .ics file, for invited members and practitioners.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const access = await requireFamilyPermission(request, params.familyId, "meetings", "view", { context });
  const meetingId = requireIdParam(params.meetingId);
  // getMeeting applies who may see it (invited, or the practitioner).
  if (!(await getMeeting({ access, meetingId: meetingId }))) throw notFound();
  const meeting = await meetingForCalendar(meetingId, access.familyId);
  if (!meeting) throw notFound();
  const body = await meetingCalendar({
    meeting,
    personId: access.person.id,
    language: await requestLanguage(request),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="family-meeting.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
