// What an adviser can share besides a web link, by kind and reference. These two functions are
// the seam with the guidance library (articles by slug) and the support directory (entries by
// id), built in parallel: swap their bodies for those modules' look-ups when they are merged.
// Nothing else in sharing depends on where articles and services come from.

export { shareKinds, type ShareKind } from "~/modules/sharing/share-kinds";

/** A resource the family can open: a title (a translation key, or plain text) and where it lives. */
export type Shareable = { ref: string; titleKey?: string; title?: string; href: string };

// The guidance articles' stable slugs (the guide serves them at /help/guide/$slug).
const articleSlugs = ["kinship-care-options", "contact-visits", "keeping-a-diary", "how-to-disagree"] as const;

// Directory entries known here: the advice line every family's Help page shows.
const services = [{ id: "family-rights-group-advice-line", titleKey: "kinship:sharing.services.family-rights-group-advice-line", href: "tel:08088010366" }];

export async function listShareableArticles(): Promise<Shareable[]> {
  return articleSlugs.map((slug) => ({ ref: slug, titleKey: `kinship:sharing.articles.${slug}`, href: `/help/guide/${slug}` }));
}

export async function listShareableServices(): Promise<Shareable[]> {
  return services.map(({ id, titleKey, href }) => ({ ref: id, titleKey, href }));
}

/** The article or service a reference names, or null when there is none (the form refuses it). */
export async function findShareable(kind: "ARTICLE" | "SERVICE", ref: string): Promise<Shareable | null> {
  const list = kind === "ARTICLE" ? await listShareableArticles() : await listShareableServices();
  return list.find((item) => item.ref === ref) ?? null;
}
