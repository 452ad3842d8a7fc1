import { recordAudit } from "~/modules/audit/audit.server";
import { caseload, type CaseloadLine } from "~/modules/caseload/caseload.server";
import { requireOwnOrganisationPermission } from "~/modules/permissions/organisation-guard.server";
import { dateFormatter } from "~/utils/dates.server";

/** A line as the page shows it: dates in words, in the reader's language. */
export type CaseloadLineView =
  | Exclude<CaseloadLine, { kind: "papers" } | { kind: "meeting" }>
  | (Omit<Extract<CaseloadLine, { kind: "papers" }>, "dueOn"> & { dueOn: string })
  | (Omit<Extract<CaseloadLine, { kind: "meeting" }>, "dueBy"> & { dueBy: string });

/** The caseload page: the guard, the one audit row (no family, no content), then the lines. */
export async function caseloadPage({ request, context }: { request: Request; context?: unknown }) {
  const { person, organisationId } = await requireOwnOrganisationPermission(request, "caseload", "view", {
    context,
  });
  const [families, formatDate] = await Promise.all([
    caseload({ personId: person.id }),
    dateFormatter(request),
    recordAudit({
      request,
      action: "caseload.view",
      actorId: person.id,
      entity: "caseload",
      entityId: organisationId,
    }),
  ]);
  return {
    families: families.map((family) => ({
      ...family,
      planEnd: family.planEnd
        ? {
            endedOn: formatDate(family.planEnd.endedOn),
            readableUntil: formatDate(family.planEnd.readableUntil),
          }
        : null,
      lines: family.lines.map((line): CaseloadLineView => {
        if (line.kind === "papers") return { ...line, dueOn: formatDate(line.dueOn) };
        if (line.kind === "meeting") return { ...line, dueBy: formatDate(line.dueBy) };
        return line;
      }),
    })),
  };
}
