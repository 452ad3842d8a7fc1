// Shared by the server and the commitment forms.
export const commitmentKinds = ["VISITS", "PERSON_TO_CALL", "OVERNIGHT_CARE", "TRANSPORT", "MEETINGS", "PRACTICAL_HELP", "OTHER"] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];

/** Rows of times on the form; empty rows are ignored, so no script is needed to add one. */
export const MAX_SLOTS = 6;
