// `inTransaction` lends its transaction to the code it runs, through `db`. Work that code only
// schedules (a timer, the job runner woken by a new job) runs later, after the commit, and must
// use the database as usual, never the finished transaction.
import { describe, expect, it } from "vitest";

import { db, inTransaction, outsideTransaction } from "~/utils/db.server";

function later<T>(work: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => setImmediate(() => work().then(resolve, reject)));
}

describe("inTransaction", () => {
  it("joins the queries it runs into one transaction, which a failure rolls back", async () => {
    const kind = "sign-in-email";
    await expect(
      inTransaction(async () => {
        await db.job.create({ data: { kind, payload: '{"rolled":true}' } });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await db.job.count({ where: { payload: '{"rolled":true}' } })).toBe(0);
  });

  it("work scheduled inside it runs after the commit on the database, not on the closed transaction", async () => {
    let scheduled: Promise<number> | undefined;
    await inTransaction(async () => {
      await db.job.create({ data: { kind: "sign-in-email", payload: '{"after":true}' } });
      scheduled = later(() => db.job.count({ where: { payload: '{"after":true}' } }));
    });
    await expect(scheduled).resolves.toBe(1);
  });

  it("outsideTransaction runs its work with no transaction, as a job runner needs", async () => {
    let seenOutside: Promise<number> | undefined;
    await inTransaction(async () => {
      await db.job.create({ data: { kind: "sign-in-email", payload: '{"outside":true}' } });
      // Scheduled from inside, but run outside: it must not see the uncommitted row through the
      // transaction, and must not fail once the transaction is gone.
      seenOutside = outsideTransaction(() =>
        later(() => db.job.count({ where: { payload: '{"outside":true}' } })),
      );
    });
    await expect(seenOutside).resolves.toBe(1);
  });
});
