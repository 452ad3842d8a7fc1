// A script that reads through readRows and disconnects Prisma, as the seeds and set-up do. It must
// end by itself: the reader's idle connections do not keep the process alive.
import { z } from "zod";

import { Prisma } from "~/generated/sqlite/client";
import { db, readRows } from "~/utils/db.server";

const rows = await readRows(z.object({ one: z.unknown() }), Prisma.sql`SELECT 1 AS "one"`);
if (rows.length !== 1) throw new Error("expected one row");
await db.$disconnect();
