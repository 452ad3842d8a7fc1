// Column types for rows read in SQL (readRows in db.server.ts). Each accepts what either database
// gives for the column and turns it into one JavaScript type, so a caller gets the same row on
// SQLite and on PostgreSQL, and a row of another shape is refused rather than passed on.
import { z } from "zod";

function toDate(value: Date | string | number, context: z.core.$RefinementCtx<Date | string | number>) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    context.addIssue({ code: "custom", message: "not a date" });
    return z.NEVER;
  }
  return date;
}

/**
 * Column schemas. Dates: a Date from $queryRaw and the SQLite reader (which converts by the
 * declared type); ISO text or a number if a column has lost that type. Whole numbers: PostgreSQL
 * and the SQLite reader give COUNT(*) and other computed whole numbers as BigInt. Booleans: 0/1
 * (or 0n/1n) from SQLite when the declared type is lost.
 */
export const column = {
  text: z.string(),
  date: z.union([z.date(), z.string(), z.number()]).transform(toDate),
  int: z.union([z.number().int(), z.bigint()]).transform(Number),
  boolean: z
    .union([z.boolean(), z.literal([0, 1, 0n, 1n])])
    .transform((value) => value === true || value === 1 || value === 1n),
  /** JSON: parsed by both drivers; the caller checks its shape. */
  json: z.unknown(),
};
