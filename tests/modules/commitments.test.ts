import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";

import { loader as listLoader } from "~/routes/families.$familyId.commitments._index";
import {
  action as detailAction,
  loader as detailLoader,
} from "~/routes/families.$familyId.commitments.$commitmentId._index";
import { action as editAction } from "~/routes/families.$familyId.commitments.$commitmentId.edit";
import { loader as coverageLoader } from "~/routes/families.$familyId.commitments.coverage";
import { action as offerAction, loader as offerLoader } from "~/routes/families.$familyId.commitments.new";
import { db } from "~/utils/db.server";
import { addDays, ukParts } from "~/utils/uk-time";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

async function makeFamily() {
  return createFamily({
    members: [
      { role: "NETWORK_MEMBER", name: "Aunt Amy" },
      { role: "PARENT", name: "Mum Jade" },
      { role: "PRACTITIONER", name: "Worker Grace" },
      { role: "NETWORK_MEMBER", name: "Friend Priya" },
      { role: "PARENT", name: "Dad Kyle" },
      { role: "ADVISER", name: "Adviser Tom" },
      { role: "KINSHIP_CARER", name: "Nan Carol" },
    ],
  });
}

const today = () => ukParts(new Date()).date;

const offerForm = (over: Record<string, string> = {}) => ({
  kind: "VISITS",
  words: "I will come for tea and help with bath time.",
  slot0Day: "2",
  slot0Start: "18:00",
  slot0End: "20:00",
  slot1Day: "4",
  slot1Start: "18:00",
  slot1End: "20:00",
  startDate: addDays(today(), -10),
  endDate: "",
  ...over,
});

type Handler = (args: LoaderFunctionArgs) => Promise<unknown>;

async function post(
  action: Handler,
  path: string,
  params: Record<string, string>,
  personId: string,
  form: Record<string, string>,
) {
  return outcomeOf<Record<string, unknown>>(async () =>
    action({
      request: makeRequest(path, { method: "POST", cookie: await cookieFor(personId), form }),
      params,
      context: {},
    }),
  );
}

async function get(loader: Handler, path: string, params: Record<string, string>, personId: string) {
  return outcomeOf<Record<string, unknown>>(async () =>
    loader({ request: makeRequest(path, { cookie: await cookieFor(personId) }), params, context: {} }),
  );
}

async function offer(familyId: string, personId: string, form = offerForm()) {
  const result = await post(
    offerAction,
    `/families/${familyId}/commitments/new`,
    { familyId },
    personId,
    form,
  );
  expect(result.status).toBe(302);
  return result.location!.split("/commitments/")[1].split("?")[0];
}

const detail = (familyId: string, commitmentId: string, personId: string, form: Record<string, string>) =>
  post(
    detailAction,
    `/families/${familyId}/commitments/${commitmentId}`,
    { familyId, commitmentId },
    personId,
    form,
  );

async function revisionOf(id: string) {
  return String(
    (await db.commitment.findUniqueOrThrow({ where: { id }, select: { revision: true } })).revision,
  );
}

async function acceptByBoth(familyId: string, id: string, parentId: string, workerId: string) {
  expect(
    (await detail(familyId, id, parentId, { intent: "accept", revision: await revisionOf(id) })).status,
  ).toBe(302);
  expect(
    (await detail(familyId, id, workerId, { intent: "accept", revision: await revisionOf(id) })).status,
  ).toBe(302);
}

describe("offering and accepting", () => {
  it("an aunt offers, the parent and the social worker accept, and it becomes active", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker, friend] = family.people;
    const id = await offer(family.id, aunt.id);
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("OFFERED");

    // A network member cannot accept anyone's offer.
    expect(
      (await detail(family.id, id, friend.id, { intent: "accept", revision: await revisionOf(id) })).status,
    ).toBe(403);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("ACTIVE");
    expect(row.familyAcceptedById).toBe(mum.id);
    expect(row.practitionerAcceptedById).toBe(worker.id);
    expect(row.activeSince).not.toBeNull();
    const versions = await db.commitmentVersion.findMany({
      where: { commitmentId: id },
      orderBy: { revision: "asc" },
      select: { revision: true, change: true, changedById: true },
    });
    expect(versions).toEqual([
      { revision: 1, change: "offered", changedById: aunt.id },
      { revision: 2, change: "accepted", changedById: mum.id },
      { revision: 3, change: "accepted", changedById: worker.id },
    ]);
  });

  it("a parent who offers agrees for the family by offering; the social worker still has to", async () => {
    const family = await makeFamily();
    const id = await offer(family.id, family.people[1].id);
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect(row.familyAcceptedById).toBe(family.people[1].id);
    expect(row.status).toBe("OFFERED");
  });

  it("refuses bad schedules plainly and keeps what was typed", async () => {
    const family = await makeFamily();
    const result = await post(
      offerAction,
      `/families/${family.id}/commitments/new`,
      { familyId: family.id },
      family.people[0].id,
      offerForm({ endDate: addDays(today(), -20), slot1Day: "2", slot1Start: "19:00", slot1End: "19:30" }),
    );
    expect(result).toRefuseWith({
      endDate: "commitments:errors.endBeforeStart",
      slot1Day: "commitments:errors.slot_overlap",
    });
    expect(typedValuesOf(result.data).words).toBe("I will come for tea and help with bath time.");
    expect(await db.commitment.count({ where: { familyId: family.id } })).toBe(0);
  });
});

describe("check-ins", () => {
  it("the keeper logs a time once; others cannot log for her; an unscheduled time is refused", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker, , dad] = family.people;
    const id = await offer(family.id, aunt.id);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    const page = await get(
      detailLoader,
      `/families/${family.id}/commitments/${id}`,
      { familyId: family.id, commitmentId: id },
      aunt.id,
    );
    const choices = page.data.choices as { key: string }[];
    expect(choices.length).toBeGreaterThan(0);
    const occurrence = choices[0].key;

    const logged = await detail(family.id, id, aunt.id, {
      intent: "checkIn",
      occurrence,
      outcome: "COULD_NOT",
      note: "I was ill.",
    });
    expect(logged.status).toBe(302);
    const again = await detail(family.id, id, aunt.id, { intent: "checkIn", occurrence, outcome: "DONE" });
    expect(again).toRefuseWith({ occurrence: "commitments:errors.already" });
    expect(
      (
        await detail(family.id, id, dad.id, {
          intent: "checkIn",
          occurrence: choices.at(-1)!.key,
          outcome: "DONE",
        })
      ).status,
    ).toBe(403);
    const wrong = await detail(family.id, id, aunt.id, {
      intent: "checkIn",
      occurrence: `${today()}T03:00`,
      outcome: "DONE",
      note: "kept",
    });
    expect(wrong).toRefuseWith({ occurrence: "commitments:errors.occurrence" });
    expect(typedValuesOf(wrong.data).note).toBe("kept");
    const rows = await db.commitmentCheckIn.findMany({ where: { commitmentId: id } });
    expect(rows.map((row) => [row.occurrence, row.outcome, row.note])).toEqual([
      [occurrence, "COULD_NOT", "I was ill."],
    ]);
    await expect(db.commitmentCheckIn.delete({ where: { id: rows[0].id } })).rejects.toThrow();
  });

  it("missed check-ins show to the keeper, the parents, the carer and the social worker, not to another network member", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker, friend, dad, , nan] = family.people;
    const id = await offer(family.id, aunt.id);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    // Agreed ten days ago: the Tuesdays and Thursdays since then have passed with no check-in.
    await db.$executeRaw`UPDATE "Commitment" SET "activeSince" = ${new Date(Date.now() - 10 * 86_400_000)} WHERE "id" = ${id}`;
    const missedFor = async (personId: string) =>
      (
        (await get(listLoader, `/families/${family.id}/commitments`, { familyId: family.id }, personId)).data
          .missed as unknown[]
      ).length;
    const seen = await missedFor(aunt.id);
    expect(seen).toBeGreaterThanOrEqual(2);
    for (const person of [mum, worker, dad, nan]) expect(await missedFor(person.id)).toBe(seen);
    expect(await missedFor(friend.id)).toBe(0);

    // Paused with a reason: nothing is missed while paused.
    const noReason = await detail(family.id, id, aunt.id, {
      intent: "status",
      to: "pause",
      revision: await revisionOf(id),
      reason: "",
    });
    expect(noReason).toRefuseWith({ reason: "commitments:errors.reasonRequired" });
    expect(
      (
        await detail(family.id, id, aunt.id, {
          intent: "status",
          to: "pause",
          revision: await revisionOf(id),
          reason: "I am away for two weeks.",
        })
      ).status,
    ).toBe(302);
    expect(await missedFor(mum.id)).toBe(0);
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.statusReason]).toEqual(["PAUSED", "I am away for two weeks."]);
    // The friend cannot end someone else's promise; the social worker can.
    expect(
      (
        await detail(family.id, id, friend.id, {
          intent: "status",
          to: "end",
          revision: await revisionOf(id),
          reason: "x",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await detail(family.id, id, worker.id, {
          intent: "status",
          to: "end",
          revision: await revisionOf(id),
          reason: "Agreed at the core group.",
        })
      ).status,
    ).toBe(302);
    expect((await db.commitment.findUniqueOrThrow({ where: { id } })).status).toBe("ENDED");
  });
});

describe("who sees check-in history", () => {
  it("a could-not check-in and its note reach the keeper, parents, carer and social worker, not another network member", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker, friend, dad, , nan] = family.people;
    const id = await offer(family.id, aunt.id);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    await db.$executeRaw`UPDATE "Commitment" SET "activeSince" = ${new Date(Date.now() - 10 * 86_400_000)} WHERE "id" = ${id}`;
    const params = { familyId: family.id, commitmentId: id };
    const path = `/families/${family.id}/commitments/${id}`;
    const choices = (await get(detailLoader, path, params, aunt.id)).data.choices as { key: string }[];
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(
      (
        await detail(family.id, id, aunt.id, {
          intent: "checkIn",
          occurrence: choices[0].key,
          outcome: "COULD_NOT",
          note: "My back was bad.",
        })
      ).status,
    ).toBe(302);
    expect(
      (
        await detail(family.id, id, aunt.id, {
          intent: "checkIn",
          occurrence: choices[1].key,
          outcome: "DONE",
          note: "Bath time went well.",
        })
      ).status,
    ).toBe(302);

    type Page = { checkIns: { outcome: string; note: string | null }[]; missed: unknown[] };
    const page = async (personId: string) => (await get(detailLoader, path, params, personId)).data as Page;
    for (const person of [aunt, mum, worker, dad, nan]) {
      const seen = await page(person.id);
      expect(seen.checkIns.map((checkIn) => [checkIn.outcome, checkIn.note]).sort()).toEqual([
        ["COULD_NOT", "My back was bad."],
        ["DONE", "Bath time went well."],
      ]);
    }
    // Another network member sees that times were kept, and nothing else: no "could not", no notes, no missed times.
    const friendPage = await page(friend.id);
    expect(friendPage.checkIns.map((checkIn) => [checkIn.outcome, checkIn.note])).toEqual([["DONE", null]]);
    expect(friendPage.missed).toEqual([]);
    expect(JSON.stringify(friendPage)).not.toContain("My back was bad.");
    expect(JSON.stringify(friendPage)).not.toContain("Bath time went well.");
  });
});

describe("changing a commitment", () => {
  it("two saves from the same page: the second gets the conflict page with both versions, nothing lost, and earlier versions stay", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker] = family.people;
    const id = await offer(family.id, aunt.id);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    const seen = await revisionOf(id);
    const path = `/families/${family.id}/commitments/${id}/edit`;
    const params = { familyId: family.id, commitmentId: id };

    // Two tabs opened at the same revision; the first save lands.
    const first = await post(editAction, path, params, aunt.id, {
      ...offerForm({ words: "Tea on Tuesdays only." }),
      slot1Day: "",
      slot1Start: "",
      slot1End: "",
      revision: seen,
    });
    expect(first.status).toBe(302);
    const second = await post(editAction, path, params, aunt.id, {
      ...offerForm({ words: "Saturday mornings too." }),
      slot2Day: "6",
      slot2Start: "09:00",
      slot2End: "12:00",
      revision: seen,
    });
    expect(second.status).toBe(409);
    const conflict = second.data.conflict as {
      theirs: { words: string };
      values: Record<string, string>;
      revision: number;
    };
    expect(conflict.theirs.words).toBe("Tea on Tuesdays only.");
    expect(conflict.values.words).toBe("Saturday mornings too.");
    expect(conflict.values.slot2Day).toBe("6");

    // Saving again at the revision the conflict page gives lands.
    const third = await post(editAction, path, params, aunt.id, {
      ...offerForm({ words: "Saturday mornings too." }),
      revision: String(conflict.revision),
    });
    expect(third.status).toBe(302);
    const row = await db.commitment.findUniqueOrThrow({ where: { id } });
    expect(row.words).toBe("Saturday mornings too.");
    // A changed promise needs agreeing again.
    expect([row.status, row.practitionerAcceptedById, row.familyAcceptedById]).toEqual([
      "OFFERED",
      null,
      null,
    ]);
    const versions = await db.commitmentVersion.findMany({
      where: { commitmentId: id },
      orderBy: { revision: "asc" },
      select: { change: true, words: true },
    });
    expect(versions.map((version) => version.change)).toEqual([
      "offered",
      "accepted",
      "accepted",
      "changed",
      "changed",
    ]);
    expect(versions[3].words).toBe("Tea on Tuesdays only.");
    await expect(
      db.commitmentVersion.updateMany({ where: { commitmentId: id }, data: { words: "rewritten" } }),
    ).rejects.toThrow();
  });

  it("only the keeper can change it", async () => {
    const family = await makeFamily();
    const [aunt, mum] = family.people;
    const id = await offer(family.id, aunt.id);
    const outcome = await post(
      editAction,
      `/families/${family.id}/commitments/${id}/edit`,
      { familyId: family.id, commitmentId: id },
      mum.id,
      { ...offerForm(), revision: "1" },
    );
    expect(outcome.status).toBe(404);
  });
});

describe("the coverage week", () => {
  it("shows the aunt's agreed evenings and names the gaps", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker] = family.people;
    const id = await offer(family.id, aunt.id);
    const before = await get(
      coverageLoader,
      `/families/${family.id}/commitments/coverage`,
      { familyId: family.id },
      mum.id,
    );
    expect(before.data.anyone).toBe(false);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    const page = await get(
      coverageLoader,
      `/families/${family.id}/commitments/coverage`,
      { familyId: family.id },
      mum.id,
    );
    const days = page.data.days as { day: number; parts: { part: string; who: { who: string }[] }[] }[];
    expect(days[1].parts.find((part) => part.part === "evening")!.who.map((entry) => entry.who)).toEqual([
      "Aunt Amy",
    ]);
    expect(days[3].parts.find((part) => part.part === "evening")!.who.map((entry) => entry.who)).toEqual([
      "Aunt Amy",
    ]);
    // In real hours: the other days are empty all day; Tuesday and Thursday before 6pm and after 8pm.
    expect(page.data.gaps).toEqual([
      { start: 0, end: 24 * 60, days: [1, 3, 5, 6, 7] },
      { start: 0, end: 18 * 60, days: [2, 4] },
      { start: 20 * 60, end: 24 * 60, days: [2, 4] },
    ]);
  });
});

describe("each role's rights on commitments, through the routes", () => {
  it("view, offer and accept", async () => {
    const family = await makeFamily();
    const [aunt, mum, worker, , , adviser, nan] = family.people;
    const id = await offer(family.id, aunt.id);
    const rights: [string, number, number][] = [];
    for (const person of [aunt, mum, worker, adviser, nan]) {
      const view = await get(
        listLoader,
        `/families/${family.id}/commitments`,
        { familyId: family.id },
        person.id,
      );
      const offerPage = await get(
        offerLoader,
        `/families/${family.id}/commitments/new`,
        { familyId: family.id },
        person.id,
      );
      rights.push([person.role, view.status, offerPage.status]);
    }
    expect(rights).toEqual([
      ["NETWORK_MEMBER", 200, 200],
      ["PARENT", 200, 200],
      ["PRACTITIONER", 200, 403],
      ["ADVISER", 403, 403],
      ["KINSHIP_CARER", 200, 200],
    ]);
    const page = async (personId: string) =>
      (
        await get(
          detailLoader,
          `/families/${family.id}/commitments/${id}`,
          { familyId: family.id, commitmentId: id },
          personId,
        )
      ).data;
    expect((await page(aunt.id)).canAccept).toBe(false);
    expect((await page(mum.id)).canAccept).toBe(true);
    expect((await page(nan.id)).canAccept).toBe(true);
    expect((await page(worker.id)).canAccept).toBe(true);
    expect((await page(aunt.id)).canEdit).toBe(true);
    expect((await page(mum.id)).canEdit).toBe(false);
  });
});

describe("the family home", () => {
  it("shows the keeper her promises this week, and missed check-ins to those who should see them", async () => {
    const { loader: homeLoader } = await import("~/routes/families.$familyId._index");
    const family = await makeFamily();
    const [aunt, mum, worker, friend, , adviser] = family.people;
    const id = await offer(family.id, aunt.id);
    await acceptByBoth(family.id, id, mum.id, worker.id);
    await db.$executeRaw`UPDATE "Commitment" SET "activeSince" = ${new Date(Date.now() - 10 * 86_400_000)} WHERE "id" = ${id}`;
    type Home = {
      commitments: { thisWeek: { kind: string; commitmentId: string }[]; missed: { who: string }[] } | null;
    };
    const home = async (personId: string) =>
      (await get(homeLoader, `/families/${family.id}`, { familyId: family.id }, personId)).data as Home;

    const auntHome = await home(aunt.id);
    expect(auntHome.commitments!.thisWeek.map((item) => item.commitmentId)).toEqual([id, id]);
    expect(auntHome.commitments!.missed.length).toBeGreaterThanOrEqual(2);
    expect((await home(mum.id)).commitments!.missed.map((item) => item.who)).toContain("Aunt Amy");
    expect((await home(worker.id)).commitments!.missed.length).toBe(auntHome.commitments!.missed.length);
    expect((await home(mum.id)).commitments!.thisWeek).toEqual([]);
    expect((await home(friend.id)).commitments!.missed).toEqual([]);
    expect((await home(adviser.id)).commitments).toBeNull();
  });

  it("an offer waiting for a parent's or the social worker's yes shows on their home; a could-not check-in shows to the social worker", async () => {
    const { loader: homeLoader } = await import("~/routes/families.$familyId._index");
    const family = await makeFamily();
    const [aunt, mum, worker, friend, dad, , nan] = family.people;
    type Home = {
      commitments: {
        waiting: { commitmentId: string; who: string }[];
        couldNot: { commitmentId: string; who: string }[];
      };
    };
    const home = async (personId: string) =>
      ((await get(homeLoader, `/families/${family.id}`, { familyId: family.id }, personId)).data as Home)
        .commitments;

    const id = await offer(family.id, aunt.id);
    for (const person of [mum, dad, nan, worker])
      expect((await home(person.id)).waiting).toEqual([
        { commitmentId: id, who: "Aunt Amy", kind: "VISITS" },
      ]);
    for (const person of [aunt, friend]) expect((await home(person.id)).waiting).toEqual([]);
    // Once the family has said yes, it waits only for the social worker.
    expect(
      (await detail(family.id, id, mum.id, { intent: "accept", revision: await revisionOf(id) })).status,
    ).toBe(302);
    expect((await home(dad.id)).waiting).toEqual([]);
    expect((await home(worker.id)).waiting.map((item) => item.commitmentId)).toEqual([id]);
    expect(
      (await detail(family.id, id, worker.id, { intent: "accept", revision: await revisionOf(id) })).status,
    ).toBe(302);
    expect((await home(worker.id)).waiting).toEqual([]);

    const choices = (
      await get(
        detailLoader,
        `/families/${family.id}/commitments/${id}`,
        { familyId: family.id, commitmentId: id },
        aunt.id,
      )
    ).data.choices as { key: string }[];
    expect(
      (
        await detail(family.id, id, aunt.id, {
          intent: "checkIn",
          occurrence: choices[0].key,
          outcome: "COULD_NOT",
          note: "I was ill.",
        })
      ).status,
    ).toBe(302);
    expect((await home(worker.id)).couldNot.map((item) => [item.commitmentId, item.who])).toEqual([
      [id, "Aunt Amy"],
    ]);
    expect((await home(mum.id)).couldNot).toHaveLength(1);
    expect((await home(friend.id)).couldNot).toEqual([]);
  });
});
