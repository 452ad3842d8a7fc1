// The national services everyone sees, kept in the repo. Only services whose number and hours
// we are sure of are listed, each with the date its details were last checked (assured_date).
// The Family Rights Group line is the one in DOMAIN.md; it also feeds "Need help now?".
import { ADVICE_LINE_NUMBER } from "./advice-line";
import {
  AUDIENCE_VOCABULARY,
  CATEGORY_VOCABULARY,
  type DirectoryAudience,
  type DirectoryCategory,
} from "./directory.constants";
import { weekdayCodes, type WeekdayCode } from "./opening-hours";
import type { Service } from "./oruk";

const LAST_CHECKED = "2026-11-25";
const england = [{ id: "area-england", name: "England", extent_type: "national" as const }];
const english = [{ id: "lang-en", code: "en", name: "English" }];

const categoryNames: Record<DirectoryCategory, string> = {
  "child-protection-advice": "Advice on child protection",
  "legal-advice": "Legal advice",
  "drugs-alcohol": "Drugs and alcohol",
  "domestic-abuse": "Domestic abuse",
  housing: "Housing",
  "mental-health": "Mental health",
  "money-benefits": "Money and benefits",
  "kinship-care": "Kinship care",
  "children-young-people": "Children and young people",
};
const audienceNames: Record<DirectoryAudience, string> = {
  parents: "Parents",
  "kinship-carers": "Kinship carers",
  "network-members": "Family and friends",
  "children-young-people": "Children and young people",
};

/** Open Referral attributes for our category and audience codes (English terms, as exported). */
export function termsFor(
  categories: readonly DirectoryCategory[],
  audiences: readonly DirectoryAudience[],
): Service["attributes"] {
  return [
    ...categories.map((code) => ({
      id: `category-${code}`,
      taxonomy_term: { id: code, term: categoryNames[code], vocabulary: CATEGORY_VOCABULARY },
    })),
    ...audiences.map((code) => ({
      id: `audience-${code}`,
      taxonomy_term: { id: code, term: audienceNames[code], vocabulary: AUDIENCE_VOCABULARY },
    })),
  ] as Service["attributes"];
}

export function weeklySchedule(
  days: readonly WeekdayCode[],
  opens: string,
  closes: string,
): Service["schedules"] {
  return days.map((day) => ({
    id: `hours-${day.toLowerCase()}-${opens.replace(":", "")}`,
    freq: "WEEKLY" as const,
    byday: day,
    opens_at: opens,
    closes_at: closes,
    timezone: "Europe/London" as const,
  }));
}

const weekdays = weekdayCodes.slice(0, 5);
const closedOnBankHolidays = [{ id: "bank-holidays", closed: true, description: "Closed on bank holidays." }];
const openOnBankHolidays = [{ id: "bank-holidays", closed: false, description: "Open on bank holidays." }];

export const familyRightsGroupAdviceLine: Service = {
  id: "national-frg-advice-line",
  name: "Family Rights Group advice line",
  description:
    "Free advice for parents and family when children's services are involved, or a child cannot live at home.",
  url: "https://frg.org.uk",
  status: "active",
  assured_date: LAST_CHECKED,
  organization: { id: "family-rights-group", name: "Family Rights Group" },
  phones: [{ id: "phone-main", number: ADVICE_LINE_NUMBER, type: "voice" }],
  languages: english,
  schedules: weeklySchedule(weekdays, "09:30", "15:00"),
  holiday_schedules: closedOnBankHolidays,
  service_areas: england,
  attributes: termsFor(
    ["child-protection-advice", "kinship-care", "legal-advice"],
    ["parents", "kinship-carers", "network-members"],
  ),
  translations: [
    {
      language: "cy",
      name: "Llinell gyngor Family Rights Group",
      description:
        "Cyngor am ddim i rieni a theulu pan fydd gwasanaethau plant yn helpu'r teulu, neu pan na all plentyn fyw gartref.",
    },
  ],
};

export const nationalServices: readonly Service[] = [
  familyRightsGroupAdviceLine,
  {
    id: "national-domestic-abuse-helpline",
    name: "National Domestic Abuse Helpline",
    description:
      "Free help and support for anyone living with domestic abuse, and people worried about someone. Run by Refuge.",
    url: "https://www.nationaldahelpline.org.uk",
    status: "active",
    assured_date: LAST_CHECKED,
    organization: { id: "refuge", name: "Refuge" },
    phones: [{ id: "phone-main", number: "0808 2000 247", type: "voice" }],
    languages: english,
    schedules: weeklySchedule(weekdayCodes, "00:00", "24:00"),
    holiday_schedules: openOnBankHolidays,
    service_areas: england,
    attributes: termsFor(["domestic-abuse"], ["parents", "kinship-carers", "network-members"]),
    translations: [
      {
        language: "cy",
        name: "Llinell Gymorth Genedlaethol Cam-drin Domestig",
        description:
          "Help a chymorth am ddim i unrhyw un sy'n byw gyda cham-drin domestig, ac i bobl sy'n poeni am rywun. Mae Refuge yn ei rhedeg.",
      },
    ],
  },
  {
    id: "national-samaritans",
    name: "Samaritans",
    description:
      "Talk to someone about anything that is upsetting you, at any time of day or night. Free to call.",
    url: "https://www.samaritans.org",
    status: "active",
    assured_date: LAST_CHECKED,
    organization: { id: "samaritans", name: "Samaritans" },
    phones: [{ id: "phone-main", number: "116 123", type: "voice" }],
    languages: english,
    schedules: weeklySchedule(weekdayCodes, "00:00", "24:00"),
    holiday_schedules: openOnBankHolidays,
    service_areas: england,
    attributes: termsFor(
      ["mental-health"],
      ["parents", "kinship-carers", "network-members", "children-young-people"],
    ),
    translations: [
      {
        language: "cy",
        name: "Y Samariaid",
        description:
          "Siaradwch â rhywun am unrhyw beth sy'n eich poeni, ar unrhyw adeg o'r dydd neu'r nos. Mae'n rhad ac am ddim i ffonio.",
      },
    ],
  },
  {
    id: "national-frank",
    name: "FRANK",
    description: "Honest information and advice about drugs, for anyone. Call any time, day or night.",
    url: "https://www.talktofrank.com",
    status: "active",
    assured_date: LAST_CHECKED,
    organization: { id: "frank", name: "FRANK" },
    phones: [{ id: "phone-main", number: "0300 123 6600", type: "voice" }],
    languages: english,
    schedules: weeklySchedule(weekdayCodes, "00:00", "24:00"),
    holiday_schedules: openOnBankHolidays,
    service_areas: england,
    attributes: termsFor(
      ["drugs-alcohol"],
      ["parents", "kinship-carers", "network-members", "children-young-people"],
    ),
    translations: [
      {
        language: "cy",
        name: "FRANK",
        description:
          "Gwybodaeth a chyngor gonest am gyffuriau, i unrhyw un. Ffoniwch unrhyw bryd, ddydd neu nos.",
      },
    ],
  },
  {
    id: "national-nhs-111",
    name: "NHS 111",
    description: "Medical help and advice when it is not an emergency, day or night. Free to call.",
    url: "https://111.nhs.uk",
    status: "active",
    assured_date: LAST_CHECKED,
    organization: { id: "nhs-england", name: "NHS England" },
    phones: [{ id: "phone-main", number: "111", type: "voice" }],
    languages: english,
    schedules: weeklySchedule(weekdayCodes, "00:00", "24:00"),
    holiday_schedules: openOnBankHolidays,
    service_areas: england,
    attributes: termsFor(
      ["mental-health", "children-young-people"],
      ["parents", "kinship-carers", "network-members", "children-young-people"],
    ),
    translations: [
      {
        language: "cy",
        name: "GIG 111",
        description:
          "Help a chyngor meddygol pan nad yw'n argyfwng, ddydd neu nos. Mae'n rhad ac am ddim i ffonio.",
      },
    ],
  },
];
