import { z } from "zod";

import { directoryAudiences, directoryCategories, directoryLanguages } from "./directory.constants";

// Search and filters come from a GET form anyone can edit: a value we do not know is dropped
// (the list shows everything for that filter), never an error page.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const DirectorySearchSchema = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(100)
      .transform((value) => value || undefined),
  ),
  category: optional(z.enum(directoryCategories)),
  audience: optional(z.enum(directoryAudiences)),
  language: optional(z.enum(directoryLanguages)),
  page: optional(z.coerce.number().int().min(1).max(1000)),
});

export function parseDirectorySearch(url: URL) {
  return DirectorySearchSchema.parse(Object.fromEntries(url.searchParams));
}
