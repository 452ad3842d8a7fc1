// Shared by the server and the commitment forms.
export const commitmentKinds = [
  "VISITS",
  "PERSON_TO_CALL",
  "OVERNIGHT_CARE",
  "TRANSPORT",
  "MEETINGS",
  "PRACTICAL_HELP",
  "OTHER",
] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];

/**
 * Rows of times on the form; empty rows are ignored, so no script is needed to add one. Seven,
 * so each day of the week can have its own hours (a row can also be every weekday or every day).
 */
export const MAX_SLOTS = 7;
