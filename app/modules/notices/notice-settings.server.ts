// Each person's choice of emails about new things (the notices settings page). No row means the
// safe default: a daily digest for every area, no quiet hours. The email never says what is new.
import { z } from "zod";

import { db } from "~/utils/db.server";
import { parseSubmission } from "~/utils/forms.server";
import { minutesOf } from "~/utils/uk-time";

import { noticeAreas, noticeModes, type NoticeArea, type NoticeMode } from "./notice-events";

export type NoticeChoices = Record<NoticeArea, NoticeMode> & {
  noEmail: boolean;
  quietFrom: string | null;
  quietTo: string | null;
};

const defaultNoticeChoices: NoticeChoices = {
  meetings: "DAILY",
  plan: "DAILY",
  rules: "DAILY",
  commitments: "DAILY",
  advice: "DAILY",
  questions: "DAILY",
  noEmail: false,
  quietFrom: null,
  quietTo: null,
};

const asMode = (value: string): NoticeMode =>
  (noticeModes as readonly string[]).includes(value) ? (value as NoticeMode) : "DAILY";

/** This person's choices, or the default. */
export async function noticeSettingsOf(personId: string): Promise<NoticeChoices> {
  const { lastEmailAt: _lastEmailAt, ...choices } = await digestSettingsOf(personId);
  return choices;
}

/** The choices and when the person was last sent a digest, in one read, for the digest scan. */
export async function digestSettingsOf(
  personId: string,
): Promise<NoticeChoices & { lastEmailAt: Date | null }> {
  const row = await db.noticeSettings.findUnique({
    where: { personId },
    select: {
      meetings: true,
      plan: true,
      rules: true,
      commitments: true,
      advice: true,
      questions: true,
      noEmail: true,
      quietFrom: true,
      quietTo: true,
      lastEmailAt: true,
    },
  });
  if (!row) return { ...defaultNoticeChoices, lastEmailAt: null };
  return {
    meetings: asMode(row.meetings),
    plan: asMode(row.plan),
    rules: asMode(row.rules),
    commitments: asMode(row.commitments),
    advice: asMode(row.advice),
    questions: asMode(row.questions),
    noEmail: row.noEmail,
    quietFrom: row.quietFrom,
    quietTo: row.quietTo,
    lastEmailAt: row.lastEmailAt,
  };
}

const mode = z.enum(noticeModes, { error: "notices:errors.mode" });
// A time box sends "HH:MM" (or "" when left empty); anything else is refused, not guessed.
const clock = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\d{2}:\d{2}$/.test(value) && minutesOf(value) !== null), {
    message: "notices:errors.time",
  });

const NoticeSettingsFormSchema = z
  .object({
    meetings: mode,
    plan: mode,
    rules: mode,
    commitments: mode,
    advice: mode,
    questions: mode,
    noEmail: z.literal("on", { error: "notices:errors.noEmail" }).optional(),
    quietFrom: clock.optional().default(""),
    quietTo: clock.optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.quietFrom === "" && value.quietTo !== "")
      ctx.addIssue({ code: "custom", path: ["quietFrom"], message: "notices:errors.quietFrom" });
    if (value.quietTo === "" && value.quietFrom !== "")
      ctx.addIssue({ code: "custom", path: ["quietTo"], message: "notices:errors.quietTo" });
    if (value.quietFrom !== "" && value.quietFrom === value.quietTo)
      ctx.addIssue({ code: "custom", path: ["quietTo"], message: "notices:errors.quietSame" });
  });

/** What the settings form posts, for the page's field names. */
export type NoticeSettingsInput = Record<NoticeArea, NoticeMode> & {
  noEmail?: "on";
  quietFrom?: string;
  quietTo?: string;
};

export function parseNoticeSettingsForm(form: URLSearchParams) {
  return parseSubmission(form, NoticeSettingsFormSchema);
}

/** Saves a person's choices (one row per person). */
export async function saveNoticeSettings({
  personId,
  input,
}: {
  personId: string;
  input: z.output<typeof NoticeSettingsFormSchema>;
}) {
  const data = {
    ...Object.fromEntries(noticeAreas.map((area) => [area, input[area]])),
    noEmail: input.noEmail === "on",
    quietFrom: input.quietFrom || null,
    quietTo: input.quietTo || null,
    updatedAt: new Date(),
  };
  await db.noticeSettings.upsert({ where: { personId }, create: { personId, ...data }, update: data });
}

/** The form's starting values from the saved choices. */
export function formValuesOf(choices: NoticeChoices): NoticeSettingsInput {
  return {
    ...Object.fromEntries(noticeAreas.map((area) => [area, choices[area]])),
    noEmail: choices.noEmail ? "on" : undefined,
    quietFrom: choices.quietFrom ?? "",
    quietTo: choices.quietTo ?? "",
  } as NoticeSettingsInput;
}
