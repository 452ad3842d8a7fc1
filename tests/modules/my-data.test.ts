// "My copy": what is in a person's copy, and above all what is not: whatever a page would refuse
// them. The memberships come from the real viewer read, as the download route gets them.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { getViewer } from "~/modules/auth/session.server";
import { myCopyHtml, myCopyZip } from "~/modules/my-data/my-copy-file.server";
import { collectMyCopy } from "~/modules/my-data/my-data.server";
import { saveContactSharing } from "~/modules/network/contacts.server";
import { db } from "~/utils/db.server";

import { cookieFor, makeRequest } from "../factories";
import { createFamilyWithEverything } from "../fixtures/family-with-everything";

const markers = {
  people: "Peopleword",
  plan: "Planword",
  rules: "Ruleword",
  meetings: "Meetword",
  network: "Netword",
  commitments: "Commitword",
  kinship: "Kinword",
  sharing: "Shareword",
  questions: "Askword",
};

async function copyOf(personId: string) {
  const viewer = await getViewer(makeRequest("/settings/my-data", { cookie: await cookieFor(personId) }));
  if (!viewer) throw new Error("no viewer");
  return collectMyCopy({ person: viewer.person, memberships: viewer.memberships });
}

describe("my copy", () => {
  it("gives a parent their own words and the family's pages, and nothing a page hides from them", async () => {
    const family = await createFamilyWithEverything({ markers });
    const copy = await copyOf(family.people.parent.id);
    const text = JSON.stringify(copy);
    expect(copy.you.email).toBe(family.people.parent.email);
    expect(copy.families.map((entry) => entry.name)).toEqual([family.name]);
    // What they wrote: the rule they proposed, their view of the plan.
    expect(text).toContain("Ruleword rule words 2");
    expect(text).toContain("Planword view words");
    // What the family shares with them: the plan, the commitment, the meeting they are invited to.
    expect(text).toContain("Planword plain worry");
    expect(text).toContain("Commitword commitment words");
    expect(text).toContain("Meetword meeting hall");
    // The friend's phone is shared with the family; their email only with the social worker.
    expect(text).toContain("07700 900999");
    expect(text).not.toContain("netword.phone@test.example");
    // The carer's diary entry is for the friend only, and the report is not theirs to read.
    expect(text).not.toContain("Kinword diary words");
    expect(text).not.toContain("Ruleword what happened");
    expect(text).not.toContain("Ruleword follow-up");
    // Contact arrangements belong to the kinship carers and the social worker.
    expect(copy.families[0].contact).toBeNull();
    expect(text).not.toContain("Kinword visitor");
    // The plan draft is the social worker's, never shown to the family.
    expect(text).not.toContain("Planword draft only words");
    // The question they asked the social worker, with its answer.
    expect(text).toContain("Askword question words");
    expect(text).toContain("Askword answer words");
  });

  it("gives the diary entry to the reader chosen for it, and the report to its readers", async () => {
    const family = await createFamilyWithEverything({ markers });
    const friend = JSON.stringify(await copyOf(family.people.network.id));
    expect(friend).toContain("Kinword diary words");
    expect(friend).not.toContain("Ruleword what happened");
    // The friend is not invited to the meeting, and the parent's question is the parent's.
    expect(friend).not.toContain("Meetword meeting hall");
    expect(friend).not.toContain("Askword");

    const carer = JSON.stringify(await copyOf(family.people.carer.id));
    expect(carer).toContain("Kinword diary words");
    expect(carer).toContain("Ruleword what happened");
    expect(carer).toContain("Kinword visitor");

    const worker = JSON.stringify(await copyOf(family.people.practitioner.id));
    expect(worker).toContain("Ruleword what happened");
    expect(worker).toContain("netword.phone@test.example");
    expect(worker).not.toContain("Kinword diary words");
  });

  it("leaves out every part the family hides from an adviser", async () => {
    const family = await createFamilyWithEverything({ markers, adviserSees: ["rules"] });
    const copy = await copyOf(family.people.adviser.id);
    const [only] = copy.families;
    expect(only.rules).not.toBeNull();
    expect(only.plan).toBeNull();
    expect(only.meetings).toBeNull();
    expect(only.network).toBeNull();
    const text = JSON.stringify(copy);
    expect(text).not.toContain("Planword");
    expect(text).not.toContain("Meetword meeting hall");
    expect(text).not.toContain("07700 900999");
  });

  it("hides a member's details from the person they hid them from", async () => {
    const family = await createFamilyWithEverything({ markers });
    const { network, parent } = family.people;
    const saved = await saveContactSharing({
      access: family.accessFor(network),
      input: {
        phone: "07700 900111",
        email: "",
        address: "Netword Close",
        phoneAudience: "FAMILY",
        emailAudience: "NOBODY",
        addressAudience: "FAMILY",
        hiddenFrom: [parent.membershipId],
      },
      request: makeRequest("/test"),
    });
    expect(saved.ok).toBe(true);
    const parentCopy = JSON.stringify(await copyOf(parent.id));
    expect(parentCopy).not.toContain("07700 900111");
    expect(parentCopy).not.toContain("Netword Close");
    const carerCopy = JSON.stringify(await copyOf(family.people.carer.id));
    expect(carerCopy).toContain("07700 900111");
  });

  it("has nothing of a family the person has left", async () => {
    const family = await createFamilyWithEverything({ markers });
    await db.membership.update({
      where: { id: family.people.parent.membershipId },
      data: { status: "REMOVED" },
    });
    const copy = await copyOf(family.people.parent.id);
    expect(copy.families).toEqual([]);
    expect(JSON.stringify(copy)).not.toContain("Planword");
  });

  it("gives a parent the earlier published versions of the plan, in the JSON and the page", async () => {
    const family = await createFamilyWithEverything({ markers, adviserSees: ["rules"] });
    const latest = await db.planVersion.findFirstOrThrow({
      where: { familyId: family.id },
      orderBy: { number: "desc" },
    });
    const content = typeof latest.content === "string" ? latest.content : JSON.stringify(latest.content);
    expect(content).toContain("Planword plain worry");
    await db.planVersion.create({
      data: {
        familyId: family.id,
        number: latest.number + 1,
        content: JSON.parse(content.replaceAll("Planword plain worry", "Planword newer worry")),
        publishedAt: new Date(),
        publishedById: latest.publishedById,
      },
    });
    const copy = await copyOf(family.people.parent.id);
    const plan = copy.families[0].plan!;
    expect(plan.version).toBe(latest.number + 1);
    expect(JSON.stringify(plan.items)).toContain("Planword newer worry");
    expect(plan.pastVersions.map((old) => old.version)).toContain(latest.number);
    expect(JSON.stringify(plan.pastVersions)).toContain("Planword plain worry");
    const html = myCopyHtml(copy, "en");
    expect(html).toContain(`Version ${latest.number} of the plan, from`);
    expect(html).toContain("Planword plain worry");

    // The guard refuses the plan to an adviser the family shows only the rules: no old version either.
    const adviser = JSON.stringify(await copyOf(family.people.adviser.id));
    expect(adviser).not.toContain("Planword plain worry");
  });

  it("gives a parent the family's activity log, and none to a member the activity page refuses", async () => {
    const family = await createFamilyWithEverything({ markers });
    await db.auditEvent.create({
      data: {
        action: "plan.publish",
        outcome: "ok",
        familyId: family.id,
        actorId: family.people.practitioner.id,
        role: "PRACTITIONER",
        entity: "plan",
      },
    });
    const copy = await copyOf(family.people.parent.id);
    const activity = copy.families[0].activity!;
    expect(
      activity.some(
        (event) => event.action === "plan.publish" && event.by === family.people.practitioner.name,
      ),
    ).toBe(true);
    const html = myCopyHtml(copy, "en");
    expect(html).toContain("Who looked at and changed things in the family&#39;s space");

    // The network member's activity page is refused, so their copy has no activity log.
    const friend = await copyOf(family.people.network.id);
    expect(friend.families[0].activity).toBeNull();
  });

  it("makes a zip with a readable page and the same data as JSON, in the person's language", async () => {
    const family = await createFamilyWithEverything({ markers });
    const copy = await copyOf(family.people.parent.id);
    const files = unzipSync(myCopyZip(copy, "cy"));
    expect(Object.keys(files).sort()).toEqual(["my-copy.html", "my-copy.json"]);
    const html = strFromU8(files["my-copy.html"]);
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain("Fy nghopi o fy nata");
    expect(html).toContain("Ruleword rule words 2");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("Kinword diary words");
    expect(JSON.parse(strFromU8(files["my-copy.json"]))).toEqual(JSON.parse(JSON.stringify(copy)));
  });

  it("escapes what people wrote, so the page cannot run it", async () => {
    const family = await createFamilyWithEverything({ markers: { ...markers, rules: "<script>x</script>" } });
    const html = myCopyHtml(await copyOf(family.people.parent.id), "en");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt; rule words 2");
  });
});
