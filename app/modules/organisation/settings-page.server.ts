// What the settings page shows and what its form does, so the route stays thin.
import { redirect } from "@remix-run/node";

import type { Language } from "~/i18n";
import { canInOrganisation } from "~/modules/permissions/can";
import { requireOwnOrganisationPermission } from "~/modules/permissions/organisation-guard.server";
import { formatDateTime, requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";

import { SettingsSchema } from "./organisation.schema.server";
import {
  changeSettings,
  nationalServiceChoices,
  readSettings,
  settingsHistory,
  type Settings,
} from "./settings.server";

type Args = { request: Request; context?: unknown };

/** Beside the form's reply after a clash: the settings someone saved first, and who. */
export type SettingsConflict = {
  saved: ReturnType<typeof formValues>;
  by: string | null;
  bySelf: boolean;
};

async function servicesFor(language: Language) {
  const national = await nationalServiceChoices();
  return national.map((entry) => ({
    serviceId: entry.serviceId,
    name: language === "cy" && entry.nameCy ? entry.nameCy : entry.name,
  }));
}

/** The settings as the form starts from them: numbers as text, ticked boxes for shown services. */
function formValues(settings: Settings, services: { serviceId: string }[]) {
  const hidden = new Set(settings.hidden);
  return {
    version: String(settings.version),
    socialWorkPhone: settings.socialWorkPhone ?? "",
    outOfHoursPhone: settings.outOfHoursPhone ?? "",
    reportLeadWorkingDays: String(settings.reportLeadWorkingDays),
    auditRetentionDays: String(settings.auditRetentionDays),
    planEndReadOnlyDays: String(settings.planEndReadOnlyDays),
    shown: services.map((service) => service.serviceId).filter((serviceId) => !hidden.has(serviceId)),
  };
}

/** /organisation/settings: the settings, the form for an admin, and who changed them when. */
export async function settingsPage({ request, context }: Args) {
  const { organisationId, roles, scope } = await requireOwnOrganisationPermission(
    request,
    "settings",
    "view",
    { context },
  );
  const language = await requestLanguage(request);
  const [settings, services, history] = await Promise.all([
    readSettings(organisationId),
    servicesFor(language),
    settingsHistory(organisationId),
  ]);
  return {
    organisationName: scope.names[organisationId] ?? "",
    canChange: canInOrganisation(roles, "settings", "change"),
    values: formValues(settings, services),
    services,
    history: history.map((row) => ({
      version: row.version,
      by: row.by,
      at: formatDateTime(row.at, language),
    })),
  };
}

export async function settingsAction({ request, context }: Args) {
  const { organisationId, person } = await requireOwnOrganisationPermission(request, "settings", "change", {
    context,
  });
  const submission = parseSubmission(await readForm(request), SettingsSchema);
  if (submission.status !== "success") return refuse(submission);
  const outcome = await changeSettings({
    organisationId,
    actorId: person.id,
    input: submission.value,
    request,
  });
  if (!outcome.ok) {
    const services = await servicesFor(await requestLanguage(request));
    // What was typed comes back, now based on the saved version, beside the saved settings.
    return refuse<{ conflict: SettingsConflict }>(
      submission,
      { "": "organisation:errors.saved-first" },
      409,
      {
        extra: {
          conflict: {
            saved: formValues(outcome.saved, services),
            by: outcome.by,
            bySelf: outcome.bySelf,
          },
        },
      },
    );
  }
  return redirect("/organisation/settings?done=saved");
}
