// The server work of the organisation's family pages: the list, and one family's hand-over page.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";

import {
  addSecondPractitioner,
  endSecondPractitioner,
  handOver,
  handOverView,
  listOrganisationFamilies,
  practitionerStaff,
} from "~/modules/family/hand-over.server";
import {
  requireOrganisationPermission,
  requireOwnOrganisationPermission,
} from "~/modules/permissions/organisation-guard.server";
import { dateFormatter } from "~/utils/dates.server";
import { db } from "~/utils/db.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { IdSchema } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { parseIsoDate } from "~/utils/uk-time";

const key = (name: string) => `family-space:errors.${name}`;

export async function familiesListLoader({ request, context }: { request: Request; context?: unknown }) {
  const { organisationId, scope } = await requireOwnOrganisationPermission(request, "families", "list", {
    context,
  });
  const [families, formatDate] = await Promise.all([
    listOrganisationFamilies({ organisationId }),
    dateFormatter(request),
  ]);
  return {
    organisation: scope.names[organisationId] ?? "",
    families: families.map((family) => ({
      ...family,
      openedAt: formatDate(family.openedAt),
      planEnd: family.planEnd
        ? {
            endedOn: formatDate(family.planEnd.endedOn),
            readableUntil: formatDate(family.planEnd.readableUntil),
          }
        : null,
    })),
  };
}

/** The guard of the hand-over page: another organisation's family, or no family, is 404. */
async function requireHandOver(request: Request, familyIdParam: string | undefined, context?: unknown) {
  const parsed = IdSchema.safeParse(familyIdParam);
  const family = parsed.success
    ? await db.family.findUnique({ where: { id: parsed.data }, select: { id: true, organisationId: true } })
    : null;
  const access = await requireOrganisationPermission(
    request,
    family?.organisationId,
    "families",
    "handOver",
    {
      context,
      familyId: family?.id,
    },
  );
  return { ...access, familyId: family!.id };
}

export async function handOverLoader({
  request,
  params,
  context,
}: {
  request: Request;
  params: { familyId?: string };
  context?: unknown;
}) {
  const { familyId, organisationId } = await requireHandOver(request, params.familyId, context);
  const [family, staff, formatDate] = await Promise.all([
    handOverView({ familyId }),
    practitionerStaff({ organisationId }),
    dateFormatter(request),
  ]);
  const done = new URL(request.url).searchParams.get("done");
  return {
    family: {
      ...family,
      openedAt: formatDate(family.openedAt),
      temporary: family.temporary.map((row) => ({ ...row, endsAt: formatDate(row.endsAt) })),
    },
    leads: staff.filter((person) => person.personId !== family.socialWorkerId),
    seconds: staff.filter((person) => !family.working.includes(person.personId)),
    done: done === "handedOver" || done === "added" || done === "ended" ? done : null,
  };
}

const HandOverSchema = z.object({
  intent: z.literal("handOver"),
  from: z.string().optional().default(""),
  to: z.string(key("to.required")).min(1, key("to.required")).pipe(IdSchema),
});
const AddSecondSchema = z.object({
  intent: z.literal("addSecond"),
  personId: z.string(key("personId.required")).min(1, key("personId.required")).pipe(IdSchema),
  endsOn: z
    .string(key("endsOn.required"))
    .trim()
    .min(1, key("endsOn.required"))
    .refine((value) => parseIsoDate(value) !== null, key("endsOn.invalid")),
});
const EndSecondSchema = z.object({ intent: z.literal("endSecond"), membershipId: IdSchema });

export async function handOverAction({
  request,
  params,
}: {
  request: Request;
  params: { familyId?: string };
}) {
  const { familyId, organisationId, person } = await requireHandOver(request, params.familyId);
  const form = await readForm(request);
  const back = (done: string) => redirect(`/organisation/families/${familyId}?done=${done}`);
  const intent = form.get("intent");
  if (intent === "handOver") {
    const submission = parseSubmission(form, HandOverSchema);
    if (submission.status !== "success") return refuse(submission);
    const outcome = await handOver({
      familyId,
      organisationId,
      fromPersonId: submission.value.from || null,
      toPersonId: submission.value.to,
      byPersonId: person.id,
      request,
    });
    if (!outcome.ok) return refuse(submission, { to: key(`handOver.${outcome.error}`) }, 409);
    return back("handedOver");
  }
  if (intent === "addSecond") {
    const submission = parseSubmission(form, AddSecondSchema);
    if (submission.status !== "success") return refuse(submission);
    const outcome = await addSecondPractitioner({
      familyId,
      organisationId,
      personId: submission.value.personId,
      endsOn: submission.value.endsOn,
      byPersonId: person.id,
      request,
    });
    if (!outcome.ok)
      return refuse(submission, {
        [outcome.error.startsWith("ends") ? "endsOn" : "personId"]: key(`second.${outcome.error}`),
      });
    return back("added");
  }
  if (intent === "endSecond") {
    const submission = parseSubmission(form, EndSecondSchema);
    if (submission.status !== "success") throw data({ reason: "bad-request" }, { status: 400 });
    await endSecondPractitioner({
      familyId,
      membershipId: submission.value.membershipId,
      byPersonId: person.id,
      request,
    });
    return back("ended");
  }
  throw data({ reason: "unknown-intent" }, { status: 400 });
}
