// The directory's browser-test data: the adviser works for the test council, which keeps one
// local entry. Called with one line from tests/e2e/seed.ts.
import { ensureNationalDirectory, saveNew } from "~/modules/directory/directory.server";
import { termsFor, weeklySchedule } from "~/modules/directory/national-services";
import { ServiceSchema } from "~/modules/directory/oruk";
import { db } from "~/utils/db.server";

export const e2eDirectoryEntry = { name: "Test Council Family Support", newName: "Test Council Family Help" };

export async function seedE2eDirectory({
  organisationId,
  adviserId,
}: {
  organisationId: string;
  adviserId: string;
}) {
  await ensureNationalDirectory();
  await db.person.update({ where: { id: adviserId }, data: { organisationId } });
  const saved = await saveNew({
    organisationId,
    personId: adviserId,
    service: ServiceSchema.parse({
      id: "test-council-family-support",
      name: e2eDirectoryEntry.name,
      description: "Help for families on a plan in the test council area.",
      status: "active",
      assured_date: "2026-11-20",
      organization: { id: "test-council", name: "Test Council" },
      phones: [{ id: "phone-main", number: "01632 960 404", type: "voice" }],
      languages: [{ id: "lang-en", code: "en", name: "English" }],
      schedules: weeklySchedule(["MO", "TU", "WE", "TH", "FR"], "09:00", "17:00"),
      holiday_schedules: [{ id: "bank-holidays", closed: true, description: "Closed on bank holidays." }],
      service_areas: [{ id: "area-1", name: "Test Council", extent_type: "local_authority" }],
      attributes: termsFor(["child-protection-advice"], ["parents", "kinship-carers"]),
    }),
  });
  if (!saved.ok) throw new Error("e2e seed: directory entry");
}
