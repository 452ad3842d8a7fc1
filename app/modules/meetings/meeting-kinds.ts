// The kinds of meeting, in the order pages list them. Each has a plain explainer in locales.
export const meetingKinds = [
  "INITIAL_CONFERENCE",
  "REVIEW_CONFERENCE",
  "CORE_GROUP",
  "FAMILY_NETWORK_MEETING",
  "FAMILY_GROUP_CONFERENCE",
  "PRE_BIRTH_PLANNING",
  "PRE_PROCEEDINGS",
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** The explainer's address: a public page, it holds nothing about any family. */
export const explainerSlug = (kind: MeetingKind) => kind.toLowerCase().replaceAll("_", "-");
export const kindFromSlug = (slug: string): MeetingKind | null =>
  meetingKinds.find((kind) => explainerSlug(kind) === slug) ?? null;

export const meetingAnswers = ["COMING", "NOT_SURE", "NOT_COMING"] as const;
export type MeetingAnswer = (typeof meetingAnswers)[number];

export const paperKinds = ["REPORT", "MINUTES", "PLAN"] as const;
export type PaperKind = (typeof paperKinds)[number];
