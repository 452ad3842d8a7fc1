import { describe, expect, it } from "vitest";

import { requireIntentPermission } from "~/modules/permissions/guard.server";
import { pageIntents } from "~/modules/permissions/intents";
import { entityActions } from "~/modules/permissions/matrix";

import { cookieFor, createFamily, makeRequest } from "../factories";
import { outcomeOf } from "../setup/matchers";

const members = [
  { role: "PARENT" as const, name: "Pat Parent" },
  { role: "PRACTITIONER" as const, name: "Sol Worker" },
  { role: "NETWORK_MEMBER" as const, name: "Nia Network" },
];

async function ask(personId: string, familyId: string, intent: string | null) {
  const form = new URLSearchParams(intent === null ? {} : { intent });
  const request = makeRequest(`/families/${familyId}/rules/x`, { cookie: await cookieFor(personId) });
  return outcomeOf(() => requireIntentPermission(request, familyId, "rule", form));
}

describe("intent tables", () => {
  it("name only rights the matrix has for the page's part", () => {
    for (const { entity, rights } of Object.values(pageIntents)) {
      for (const right of Object.values(rights))
        expect(entityActions[entity] as readonly string[]).toContain(right);
    }
  });

  it("give the right of the posted intent, and refuse a member without it", async () => {
    const family = await createFamily({ members });
    const [parent, worker, network] = family.people;
    const endorsed = await ask(worker.id, family.id, "endorse");
    expect(endorsed.status).toBe(200);
    expect(endorsed.data).toMatchObject({ intent: "endorse", access: { role: "PRACTITIONER" } });
    await expect(ask(network.id, family.id, "endorse")).toHaveStatus(403);
    expect((await ask(parent.id, family.id, "comment")).data).toMatchObject({ intent: "comment" });
  });

  it("give a plan item's forms their rights: a view, a correction, the social worker's answer", async () => {
    const family = await createFamily({ members });
    const [parent, worker] = family.people;
    const askItem = async (personId: string, intent: string) =>
      outcomeOf(async () =>
        requireIntentPermission(
          makeRequest(`/families/${family.id}/plan/items/x`, { cookie: await cookieFor(personId) }),
          family.id,
          "planItem",
          new URLSearchParams({ intent }),
        ),
      );
    expect((await askItem(parent.id, "view")).data).toMatchObject({ intent: "view" });
    expect((await askItem(parent.id, "correction")).data).toMatchObject({ intent: "correction" });
    await expect(askItem(parent.id, "answer")).toHaveStatus(403);
    expect((await askItem(worker.id, "answer")).data).toMatchObject({ intent: "answer" });
    await expect(askItem(worker.id, "delete")).toHaveStatus(400);
  });

  it("refuse an unknown or missing intent with 400, after answering an outsider as the guard does", async () => {
    const family = await createFamily({ members });
    const other = await createFamily({ members });
    await expect(ask(family.people[0].id, family.id, "delete-everything")).toHaveStatus(400);
    await expect(ask(family.people[0].id, family.id, null)).toHaveStatus(400);
    await expect(ask(family.people[0].id, family.id, "toString")).toHaveStatus(400);
    await expect(ask(other.people[0].id, family.id, "delete-everything")).toBeNotFound();
  });
});
