// Demo directory entries for the made-up council and charity. Phone numbers are from Ofcom's
// ranges kept for drama (01632 960xxx), so nobody real is ever called.
import { createEntry, ensureNationalDirectory } from "~/modules/directory/directory.server";
import { termsFor, weeklySchedule } from "~/modules/directory/national-services";
import { ServiceSchema, type Service } from "~/modules/directory/oruk";
import { db } from "~/utils/db.server";

const today = () => new Date().toISOString().slice(0, 10);

function demoServices(councilName: string): { council: Service[]; charity: Service[] } {
  const area = [{ id: "area-northbridge", name: "Northbridge", extent_type: "local_authority" as const }];
  const english = [{ id: "lang-en", code: "en", name: "English" }];
  return {
    council: [
      {
        id: "northbridge-drug-alcohol-service",
        name: "Northbridge Drug and Alcohol Service",
        description:
          "Support to cut down or stop drugs and alcohol. Weekly groups for parents. Drop in or call.",
        url: "https://example.org/northbridge-recovery",
        status: "active",
        assured_date: today(),
        organization: { id: "northbridge-council", name: councilName },
        phones: [{ id: "phone-main", number: "01632 960 101", type: "voice" }],
        languages: [...english, { id: "lang-pl", code: "pl", name: "Polish" }],
        schedules: [
          ...weeklySchedule(["MO", "TU", "WE", "TH"], "09:00", "17:00"),
          ...weeklySchedule(["FR"], "09:00", "16:30"),
        ],
        holiday_schedules: [{ id: "bank-holidays", closed: true, description: "Closed on bank holidays." }],
        service_areas: area,
        attributes: termsFor(["drugs-alcohol"], ["parents", "network-members"]),
      },
      {
        id: "northbridge-housing-options",
        name: "Northbridge Housing Options",
        description: "Help to find a home, move after treatment, or deal with rent arrears.",
        status: "active",
        assured_date: today(),
        organization: { id: "northbridge-council", name: councilName },
        phones: [
          { id: "phone-main", number: "01632 960 202", type: "voice" },
          { id: "phone-relay", number: "18001 01632 960 202", type: "text_relay" },
        ],
        languages: english,
        schedules: weeklySchedule(["MO", "TU", "WE", "TH", "FR"], "10:00", "16:00"),
        holiday_schedules: [{ id: "bank-holidays", closed: true, description: "Closed on bank holidays." }],
        service_areas: area,
        attributes: termsFor(["housing", "money-benefits"], ["parents", "kinship-carers"]),
      },
    ],
    charity: [
      {
        id: "kinfolk-carers-group",
        name: "Kinfolk kinship carers group",
        description:
          "A friendly group for grandparents and other family who care for a child. Meet others and get advice.",
        status: "active",
        assured_date: today(),
        organization: { id: "kinfolk-advice", name: "Kinfolk Advice" },
        phones: [{ id: "phone-main", number: "01632 960 303", type: "voice" }],
        languages: [...english, { id: "lang-cy", code: "cy", name: "Welsh" }],
        schedules: [
          ...weeklySchedule(["TU"], "10:00", "12:00"),
          ...weeklySchedule(["TU"], "13:00", "15:00"),
        ].map((s, i) => ({ ...s, id: `hours-tu-${i}` })),
        holiday_schedules: [{ id: "bank-holidays", closed: true, description: "No group on bank holidays." }],
        service_areas: area,
        attributes: termsFor(["kinship-care"], ["kinship-carers"]),
      },
    ],
  };
}

/** The national list plus a few local entries, so the directory shows every feature. */
export async function seedDirectory({
  councilId,
  councilName,
  charityId,
  editorId,
}: {
  councilId: string;
  councilName: string;
  charityId: string;
  editorId: string;
}) {
  await ensureNationalDirectory();
  const { council, charity } = demoServices(councilName);
  for (const [organisationId, services] of [
    [councilId, council],
    [charityId, charity],
  ] as const) {
    for (const service of services) {
      await db.$transaction((tx) =>
        createEntry(tx, { organisationId, service: ServiceSchema.parse(service), personId: editorId }),
      );
    }
  }
}
