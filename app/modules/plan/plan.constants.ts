// Plan vocabulary shared by the server and the browser. Kept free of zod, so pages that
// only need these lists do not download the validation library.
export const planLevels = ["CHILD_IN_NEED", "CHILD_PROTECTION", "LOOKED_AFTER", "CARE_PROCEEDINGS"] as const;
export const planCategories = ["NEGLECT", "PHYSICAL_ABUSE", "EMOTIONAL_ABUSE", "SEXUAL_ABUSE"] as const;
export const actionStatuses = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
export const stances = ["AGREE", "NOT_SURE", "DISAGREE"] as const;

export const listKeys = ["worries", "complicatingFactors", "workingWell", "goals", "actions"] as const;
export type ListKey = (typeof listKeys)[number];

export const MAX_TEXT = 2000;
export const MAX_ITEMS = 40;
