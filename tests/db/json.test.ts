// Plan content is Json: SQLite keeps it as text, PostgreSQL as jsonb (which reorders keys). The
// app must read the same plan back on both, and a double-encoded row must fail, not render.
import { describe, expect, it } from "vitest";

import { emptyPlan, type PlanContent } from "~/modules/plan/plan.schema.server";
import { getDraft } from "~/modules/plan/plan.server";
import { db } from "~/utils/db.server";

import { createFamily } from "../factories";

const content: PlanContent = {
  ...emptyPlan(),
  category: "NEGLECT",
  worries: [
    { id: "aaaaaaaaaaaa", professional: "Risk of neglect.", plain: "Zoë's tea is late — “sometimes”." },
  ],
  goals: [{ id: "bbbbbbbbbbbb", worryId: "aaaaaaaaaaaa", text: "Tea is on time." }],
};

describe("plan JSON on this database", () => {
  it("comes back as the same object, in the same key order after parsing", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }] });
    await db.planDraft.create({ data: { familyId: family.id, content, updatedById: family.people[0].id } });
    const raw = await db.planDraft.findUniqueOrThrow({
      where: { familyId: family.id },
      select: { content: true },
    });
    expect(typeof raw.content).toBe("object");
    const draft = await getDraft({ familyId: family.id });
    expect(draft?.content).toEqual(content);
    expect(JSON.stringify(draft?.content)).toBe(JSON.stringify(content));
  });

  it("a double-encoded row (a JSON string holding the plan) is refused, not guessed at", async () => {
    const family = await createFamily({ members: [{ role: "PRACTITIONER" }] });
    await db.planDraft.create({
      data: { familyId: family.id, content: JSON.stringify(content), updatedById: family.people[0].id },
    });
    await expect(getDraft({ familyId: family.id })).rejects.toThrow();
  });
});
