// What an adviser can share besides a web link, by kind and reference: the guidance library's
// articles (by slug) and the support directory's entries (by id). Nothing else in sharing
// depends on where articles and services come from.
import { nationalServices } from "~/modules/directory/national-services";
import { serviceText } from "~/modules/directory/oruk";
import { listArticles } from "~/modules/guide/articles.server";
import { guideArticlePath } from "~/modules/guide/topics";

export { shareKinds, type ShareKind } from "~/modules/sharing/share-kinds";

/** A resource the family can open: a title (a translation key, or plain text) and where it lives. */
export type Shareable = {
  ref: string;
  titleKey?: string;
  title?: string;
  href: string;
};

/** Every guidance article, titled in the reader's language. */
export async function listShareableArticles(language = "en"): Promise<Shareable[]> {
  return listArticles(language).map((article) => ({
    ref: article.slug,
    title: article.title,
    href: guideArticlePath(article.slug),
  }));
}

/**
 * The national directory's services, by their Open Referral id (stable across databases, unlike
 * the row id). The link searches the directory for the service by name.
 */
export async function listShareableServices(language = "en"): Promise<Shareable[]> {
  return nationalServices.map((service) => ({
    ref: service.id,
    title: serviceText(service, language).name,
    href: `/directory?q=${encodeURIComponent(service.name)}`,
  }));
}

/** The article or service a reference names, or null when there is none (the form refuses it). */
export async function findShareable(kind: "ARTICLE" | "SERVICE", ref: string): Promise<Shareable | null> {
  const list = kind === "ARTICLE" ? await listShareableArticles() : await listShareableServices();
  return list.find((item) => item.ref === ref) ?? null;
}
