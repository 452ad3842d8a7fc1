// What an adviser can share besides a web link, by kind and reference: the guidance library's
// articles (by slug) and the support directory's entries (by id). Nothing else in sharing
// depends on where articles and services come from.
import { listArticles } from "~/modules/guide/articles.server";
import { guideArticlePath } from "~/modules/guide/topics";

export { shareKinds, type ShareKind } from "~/modules/sharing/share-kinds";

/** A resource the family can open: a title (a translation key, or plain text) and where it lives. */
export type Shareable = { ref: string; titleKey?: string; title?: string; href: string };

// Directory entries known here: the advice line every family's Help page shows.
const services = [{ id: "family-rights-group-advice-line", titleKey: "kinship:sharing.services.family-rights-group-advice-line", href: "tel:08088010366" }];

/** Every guidance article, titled in the reader's language. */
export async function listShareableArticles(language = "en"): Promise<Shareable[]> {
  return listArticles(language).map((article) => ({ ref: article.slug, title: article.title, href: guideArticlePath(article.slug) }));
}

export async function listShareableServices(): Promise<Shareable[]> {
  return services.map(({ id, titleKey, href }) => ({ ref: id, titleKey, href }));
}

/** The article or service a reference names, or null when there is none (the form refuses it). */
export async function findShareable(kind: "ARTICLE" | "SERVICE", ref: string): Promise<Shareable | null> {
  const list = kind === "ARTICLE" ? await listShareableArticles() : await listShareableServices();
  return list.find((item) => item.ref === ref) ?? null;
}
