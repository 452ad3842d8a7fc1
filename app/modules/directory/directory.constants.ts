// The fixed vocabularies of the support directory. Codes are stored; labels come from the
// "directory" locale namespace, so both languages show the same entries.

/** What a service helps with (the needs DOMAIN.md lists for families with a plan). */
export const directoryCategories = [
  "child-protection-advice",
  "legal-advice",
  "drugs-alcohol",
  "domestic-abuse",
  "housing",
  "mental-health",
  "money-benefits",
  "kinship-care",
  "children-young-people",
] as const;
export type DirectoryCategory = (typeof directoryCategories)[number];

/** Who a service is for. */
export const directoryAudiences = [
  "parents",
  "kinship-carers",
  "network-members",
  "children-young-people",
] as const;
export type DirectoryAudience = (typeof directoryAudiences)[number];

/** Languages offered as filters (ISO 639-1); an entry may list others. */
export const directoryLanguages = ["en", "cy", "ar", "bn", "pa", "pl", "ro", "so", "ur"] as const;

/** Open Referral UK vocabularies for our categories and audiences. */
export const CATEGORY_VOCABULARY = "safety-circle:category";
export const AUDIENCE_VOCABULARY = "safety-circle:audience";

export const DIRECTORY_PAGE_SIZE = 20;
