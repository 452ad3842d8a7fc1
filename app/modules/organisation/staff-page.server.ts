// What the staff pages show and what their forms do, so the routes stay thin.
import { redirect } from "@remix-run/node";

import { canInOrganisation } from "~/modules/permissions/can";
import { requireOwnOrganisationPermission } from "~/modules/permissions/organisation-guard.server";
import { dateFormatter } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { notFound, requireIdParam } from "~/utils/http.server";
import { readForm } from "~/utils/request.server";
import { saveOnce } from "~/utils/submission.server";

import { AddStaffSchema, RemoveStaffSchema } from "./organisation.schema.server";
import { addStaffMember, findStaffMember, listPartners, listStaff, removeStaffMember } from "./staff.server";

type Args = { request: Request; context?: unknown };

/** /organisation/staff: everyone working in the service now. */
export async function staffListPage({ request, context }: Args) {
  const { organisationId, roles, scope } = await requireOwnOrganisationPermission(request, "staff", "view", {
    context,
  });
  const [staff, formatDate] = await Promise.all([listStaff(organisationId), dateFormatter(request)]);
  return {
    organisationName: scope.names[organisationId] ?? "",
    canAdd: canInOrganisation(roles, "staff", "add"),
    canRemove: canInOrganisation(roles, "staff", "remove"),
    staff: staff.map((member) => ({ ...member, since: formatDate(member.since) })),
  };
}

/** /organisation/staff/new: the form, with the advice charities already added. */
export async function addStaffPage({ request, context }: Args) {
  const { organisationId, scope } = await requireOwnOrganisationPermission(request, "staff", "add", {
    context,
  });
  return {
    organisationName: scope.names[organisationId] ?? "",
    partners: await listPartners(organisationId),
  };
}

export async function addStaffAction({ request, context }: Args) {
  const { organisationId, person } = await requireOwnOrganisationPermission(request, "staff", "add", {
    context,
  });
  const form = await readForm(request);
  const submission = parseSubmission(form, AddStaffSchema);
  if (submission.status !== "success") return refuse(submission);
  const outcome = await saveOnce({ personId: person.id, kind: "organisation.staff.add", form }, () =>
    addStaffMember({ organisationId, actorId: person.id, input: submission.value, request }),
  );
  if (!outcome.ok)
    return refuse(submission, {
      [outcome.error === "already-staff" ? "email" : "partnerId"]: `organisation:errors.${outcome.error}`,
    });
  return redirect("/organisation/staff?done=added");
}

/** /organisation/staff/:staffId: the confirm step before removing someone. */
export async function removeStaffPage({ request, context, staffIdParam }: Args & { staffIdParam?: string }) {
  const { organisationId } = await requireOwnOrganisationPermission(request, "staff", "remove", { context });
  const member = await findStaffMember(organisationId, requireIdParam(staffIdParam));
  if (!member) throw notFound();
  const formatDate = await dateFormatter(request);
  return { member: { ...member, since: formatDate(member.since) } };
}

export async function removeStaffAction({
  request,
  context,
  staffIdParam,
}: Args & { staffIdParam?: string }) {
  const { organisationId, person } = await requireOwnOrganisationPermission(request, "staff", "remove", {
    context,
  });
  const staffId = requireIdParam(staffIdParam);
  if (!(await findStaffMember(organisationId, staffId))) throw notFound();
  const submission = parseSubmission(await readForm(request), RemoveStaffSchema);
  if (submission.status !== "success") return refuse(submission);
  const outcome = await removeStaffMember({ organisationId, actorId: person.id, staffId, request });
  if (!outcome.ok) {
    if (outcome.error === "not-found") throw notFound();
    return refuse(submission, { "": "organisation:errors.last-admin" }, 409);
  }
  return redirect("/organisation/staff?done=removed");
}
