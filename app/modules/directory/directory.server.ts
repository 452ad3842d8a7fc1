// The support directory in the database: listing with search and filters, one entry, edits
// with history, and the national list. Entries are Open Referral UK services (oruk.ts).
import type { Prisma } from "~/generated/sqlite/client";
import { db } from "~/utils/db.server";
import { IdSchema } from "~/utils/http.server";

import { DIRECTORY_PAGE_SIZE } from "./directory.constants";
import { nationalServices } from "./national-services";
import { audiencesOf, categoriesOf, ServiceSchema, serviceText, type Service } from "./oruk";

/** The copies of a service kept in columns, for search and filters. */
export function entryColumns(service: Service) {
  const tags = (codes: readonly string[]) => (codes.length ? `|${codes.join("|")}|` : "");
  return {
    serviceId: service.id,
    name: service.name,
    nameCy: serviceText(service, "cy").name,
    // Welsh words find the entry too, whichever language the page is in.
    searchText: [
      service.name,
      service.description,
      service.organization.name,
      ...(service.translations ?? []).flatMap((item) => [item.name, item.description ?? ""]),
    ]
      .join(" ")
      .toLowerCase(),
    categoryTags: tags(categoriesOf(service)),
    audienceTags: tags(audiencesOf(service)),
    languageTags: tags(service.languages.map((language) => language.code)),
  };
}

/** A stored service, checked again on the way out: both databases hand back an object. */
export function readService(data: unknown): Service {
  return ServiceSchema.parse(data);
}

export type DirectoryFilters = {
  q?: string;
  category?: string;
  audience?: string;
  language?: string;
  page?: number;
};

/**
 * The entries a person may read: the national list (less the services their families' council
 * hides) and their organisations' directories.
 */
function visibleTo(
  organisationIds: readonly string[],
  hiddenNational: readonly string[] = [],
): Prisma.DirectoryEntryWhereInput {
  return {
    OR: [
      hiddenNational.length
        ? { organisationId: null, serviceId: { notIn: [...hiddenNational] } }
        : { organisationId: null },
      { organisationId: { in: [...organisationIds] } },
    ],
  };
}

/** One page of entries, in alphabetical order of the names the reader sees (`readerLanguage`). */
export async function listDirectory(
  organisationIds: readonly string[],
  filters: DirectoryFilters,
  readerLanguage = "en",
  hiddenNational: readonly string[] = [],
) {
  const page = Math.max(1, filters.page ?? 1);
  const where: Prisma.DirectoryEntryWhereInput = {
    AND: [
      visibleTo(organisationIds, hiddenNational),
      ...(filters.q
        ? filters.q
            .toLowerCase()
            .split(/\s+/)
            .filter(Boolean)
            .map((word) => ({ searchText: { contains: word } }))
        : []),
      ...(filters.category ? [{ categoryTags: { contains: `|${filters.category}|` } }] : []),
      ...(filters.audience ? [{ audienceTags: { contains: `|${filters.audience}|` } }] : []),
      ...(filters.language ? [{ languageTags: { contains: `|${filters.language}|` } }] : []),
    ],
  };
  const rows = await db.directoryEntry.findMany({
    where,
    orderBy: [readerLanguage === "cy" ? { nameCy: "asc" } : { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * DIRECTORY_PAGE_SIZE,
    take: DIRECTORY_PAGE_SIZE + 1,
    select: { id: true, organisationId: true, data: true },
  });
  return {
    page,
    hasMore: rows.length > DIRECTORY_PAGE_SIZE,
    entries: rows
      .slice(0, DIRECTORY_PAGE_SIZE)
      .map((row) => ({ id: row.id, organisationId: row.organisationId, service: readService(row.data) })),
  };
}

export async function getDirectoryEntry(
  organisationIds: readonly string[],
  entryId: string,
  hiddenNational: readonly string[] = [],
) {
  const row = await db.directoryEntry.findFirst({
    where: { AND: [{ id: entryId }, visibleTo(organisationIds, hiddenNational)] },
    select: {
      id: true,
      organisationId: true,
      data: true,
      revision: true,
      updatedAt: true,
      organisation: { select: { name: true } },
    },
  });
  return row ? { ...row, service: readService(row.data) } : null;
}

/** National entries by their service ids, in the order asked for (ids not in the list are left out). */
export async function nationalEntries(serviceIds: readonly string[]) {
  if (serviceIds.length === 0) return [];
  const rows = await db.directoryEntry.findMany({
    where: { organisationId: null, serviceId: { in: [...serviceIds] } },
    select: { id: true, serviceId: true, data: true },
  });
  const byServiceId = new Map(rows.map((row) => [row.serviceId, row]));
  return serviceIds.flatMap((serviceId) => {
    const row = byServiceId.get(serviceId);
    return row ? [{ id: row.id, service: readService(row.data) }] : [];
  });
}

/** An entry as its editor sees it (any directory's), or null when the param names none. */
export async function entryToEdit(entryIdParam: string | undefined) {
  const entryId = IdSchema.safeParse(entryIdParam);
  if (!entryId.success) return null;
  return db.directoryEntry.findUnique({
    where: { id: entryId.data },
    select: { id: true, organisationId: true, revision: true, data: true },
  });
}

/** The saved revision of an entry, to show beside the editor's own when both saved. */
export async function entryNow(entryId: string) {
  return db.directoryEntry.findUniqueOrThrow({
    where: { id: entryId },
    select: { revision: true, data: true },
  });
}

export async function directoryHistory(entryId: string) {
  return db.directoryEntryRevision.findMany({
    where: { entryId },
    orderBy: { revision: "desc" },
    take: 50,
    select: { revision: true, change: true, changedAt: true, changedBy: { select: { name: true } } },
  });
}

type Tx = Prisma.TransactionClient;

/** A new entry and its first history row. */
export async function createEntry(
  tx: Tx,
  {
    organisationId,
    service,
    personId,
    change = "created",
  }: { organisationId: string | null; service: Service; personId: string | null; change?: string },
) {
  const entry = await tx.directoryEntry.create({
    data: { organisationId, ...entryColumns(service), data: service, updatedById: personId },
    select: { id: true },
  });
  await tx.directoryEntryRevision.create({
    data: { entryId: entry.id, revision: 1, change, data: service, changedById: personId },
  });
  return entry.id;
}

/**
 * Saves an edit only if the entry is still at the revision the editor saw (one conditional
 * UPDATE); the history row is written in the same transaction.
 */
export async function updateEntry(
  tx: Tx,
  {
    entryId,
    revision,
    service,
    personId,
    change = "edited",
  }: { entryId: string; revision: number; service: Service; personId: string | null; change?: string },
): Promise<{ ok: true; revision: number } | { ok: false }> {
  const { count } = await tx.directoryEntry.updateMany({
    where: { id: entryId, revision },
    data: {
      ...entryColumns(service),
      data: service,
      revision: revision + 1,
      updatedById: personId,
      updatedAt: new Date(),
    },
  });
  if (count === 0) return { ok: false };
  await tx.directoryEntryRevision.create({
    data: { entryId, revision: revision + 1, change, data: service, changedById: personId },
  });
  return { ok: true, revision: revision + 1 };
}

export async function saveEdit(input: {
  entryId: string;
  revision: number;
  service: Service;
  personId: string;
}) {
  return db.$transaction((tx) => updateEntry(tx, input));
}

export async function saveNew(input: { organisationId: string; service: Service; personId: string }) {
  const taken = await db.directoryEntry.findFirst({
    where: { organisationId: input.organisationId, serviceId: input.service.id },
    select: { id: true },
  });
  if (taken) return { ok: false as const };
  return { ok: true as const, id: await db.$transaction((tx) => createEntry(tx, input)) };
}

/**
 * Brings the national list in the database in line with the repo (national-services.ts): adds
 * new services and saves a new version of any whose details changed. Run at every deploy.
 */
export async function ensureNationalDirectory() {
  const existing = await db.directoryEntry.findMany({
    where: { organisationId: null },
    select: { id: true, serviceId: true, revision: true, data: true },
  });
  const byServiceId = new Map(existing.map((row) => [row.serviceId, row]));
  for (const national of nationalServices) {
    const service = ServiceSchema.parse(national);
    const row = byServiceId.get(service.id);
    if (!row) {
      await db.$transaction((tx) => createEntry(tx, { organisationId: null, service, personId: null }));
    } else if (JSON.stringify(readService(row.data)) !== JSON.stringify(service)) {
      await db.$transaction((tx) =>
        updateEntry(tx, { entryId: row.id, revision: row.revision, service, personId: null }),
      );
    }
  }
}
