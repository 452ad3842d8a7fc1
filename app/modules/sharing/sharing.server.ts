import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { familyPeople } from "~/modules/family/people.server";
import { notify } from "~/modules/notices/notices.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import {
  findShareable,
  listShareableArticles,
  listShareableServices,
  shareKinds,
  type ShareKind,
} from "~/modules/sharing/catalogue.server";
import { dateFormatter, requestLanguage } from "~/utils/dates.server";
import { db } from "~/utils/db.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { userText } from "~/utils/text.server";

// An adviser (or the social worker) shares a web link, a guidance article or a directory entry
// with a family, with a personal note. The family sees it under "Shared with you" on Help.

const ShareBaseSchema = z.object({
  kind: z.enum(shareKinds, "kinship:errors.share.kind"),
  url: z.string().max(2000, "kinship:errors.share.urlInvalid").optional().default(""),
  linkTitle: userText({ max: 120, tooLong: "kinship:errors.share.titleTooLong" }).optional().default(""),
  article: z.string().max(100).optional().default(""),
  service: z.string().max(100).optional().default(""),
  note: userText({
    required: "kinship:errors.share.noteRequired",
    max: 1000,
    tooLong: "kinship:errors.share.noteTooLong",
  }),
});

/**
 * A web address the family can safely open: http or https only, so `javascript:`, `data:` and
 * the like are refused however they are written, and no user name or password in it.
 */
export function safeWebLink(input: string): string | null {
  const text = input.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (
    (url.protocol !== "http:" && url.protocol !== "https:") ||
    url.username ||
    url.password ||
    !url.hostname.includes(".")
  )
    return null;
  return url.href;
}

export type ShareInput = { kind: ShareKind; ref: string; title: string; note: string };

/**
 * Checks the share form: the answer to a good form, or the refusal to send back. Every problem is
 * listed at once, and what was typed comes back.
 */
export async function parseShareForm(
  form: URLSearchParams,
): Promise<{ ok: true; data: ShareInput } | { ok: false; refused: ReturnType<typeof refuse> }> {
  const submission = parseSubmission(form, ShareBaseSchema);
  const errors: Record<string, string> = {};
  const kind = form.get("kind");
  let ref = "";
  if (kind === "LINK") {
    const url = form.get("url") ?? "";
    ref = safeWebLink(url) ?? "";
    if (!ref)
      errors.url = url.trim() ? "kinship:errors.share.urlInvalid" : "kinship:errors.share.urlRequired";
  } else if (kind === "ARTICLE" || kind === "SERVICE") {
    const field = kind === "ARTICLE" ? "article" : "service";
    const found = await findShareable(kind, form.get(field) ?? "");
    if (found) ref = found.ref;
    else errors[field] = `kinship:errors.share.${field}Required`;
  }
  if (submission.status !== "success" || Object.keys(errors).length > 0)
    return { ok: false, refused: refuse(submission, errors) };
  const { value } = submission;
  return {
    ok: true,
    data: { kind: value.kind, ref, title: value.kind === "LINK" ? value.linkTitle : "", note: value.note },
  };
}

export async function shareResource({
  access,
  input,
  request,
}: {
  access: FamilyAccess;
  input: ShareInput;
  request: Request;
}) {
  const row = await db.sharedResource.create({
    data: {
      familyId: access.familyId,
      sharedById: access.person.id,
      kind: input.kind,
      ref: input.ref,
      title: input.title,
      note: input.note,
    },
    select: { id: true },
  });
  await recordAudit({
    request,
    action: "help.share",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "sharedResource",
    entityId: row.id,
  });
  await notify({
    familyId: access.familyId,
    event: "resource.shared",
    subjectId: row.id,
    actorId: access.person.id,
  });
  return row;
}

/** Takes back something this person shared. Kept in the database, no longer shown. */
export async function withdrawResource({
  access,
  id,
  request,
}: {
  access: FamilyAccess;
  id: string;
  request: Request;
}) {
  const result = await db.sharedResource.updateMany({
    where: { id, familyId: access.familyId, sharedById: access.person.id, withdrawnAt: null },
    data: { withdrawnAt: new Date() },
  });
  if (result.count !== 1) return false;
  await recordAudit({
    request,
    action: "help.withdraw",
    actorId: access.person.id,
    role: access.role,
    familyId: access.familyId,
    entity: "sharedResource",
    entityId: id,
  });
  return true;
}

export type SharedItem = {
  id: string;
  kind: ShareKind;
  href: string;
  title: string;
  titleKey: string | null;
  note: string;
  sharedBy: string;
  mine: boolean;
  at: Date;
};

/** What has been shared with the family and not taken back, newest first. */
export async function listSharedResources({
  familyId,
  personId,
  language,
}: {
  familyId: string;
  personId: string;
  language?: string;
}): Promise<SharedItem[]> {
  const [rows, people, articles, services] = await Promise.all([
    db.sharedResource.findMany({
      where: { familyId, withdrawnAt: null },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, kind: true, ref: true, title: true, note: true, sharedById: true, createdAt: true },
    }),
    familyPeople({ familyId }),
    listShareableArticles(language),
    listShareableServices(language),
  ]);
  return rows.flatMap((row) => {
    const kind = row.kind as ShareKind;
    const base = {
      id: row.id,
      kind,
      note: row.note,
      sharedBy: people.nameOfPerson(row.sharedById),
      mine: row.sharedById === personId,
      at: row.createdAt,
    };
    if (kind === "LINK") {
      // Checked again on the way out: only http(s) ever becomes a link.
      const href = safeWebLink(row.ref);
      return href ? [{ ...base, href, title: row.title || new URL(href).hostname, titleKey: null }] : [];
    }
    const found = (kind === "ARTICLE" ? articles : services).find((item) => item.ref === row.ref);
    return found
      ? [{ ...base, href: found.href, title: found.title ?? "", titleKey: found.titleKey ?? null }]
      : [];
  });
}

/** The Help page's "Shared with you" items, with dates formatted in the reader's language. */
export async function sharedWithYou(request: Request, access: FamilyAccess) {
  const language = await requestLanguage(request);
  const [items, format] = await Promise.all([
    listSharedResources({ familyId: access.familyId, personId: access.person.id, language }),
    dateFormatter(request),
  ]);
  return items.map(({ at, ...item }) => ({ ...item, at: format(at) }));
}
