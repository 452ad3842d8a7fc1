import { describe, expect, it } from "vitest";

import { loader as familyHome } from "~/routes/families.$familyId._index";
import { loader as activityLoader } from "~/routes/families.$familyId.activity";
import { action as networkAction, loader as networkLoader } from "~/routes/families.$familyId.network._index";
import { action as inviteAction, loader as inviteLoader } from "~/routes/families.$familyId.network.invite";
import { loader as planLoader } from "~/routes/families.$familyId.plan._index";
import { action as acceptAction, loader as acceptLoader } from "~/routes/invitations.$token";
import { db } from "~/utils/db.server";

import { cookieFor, createFamily, createPerson, makeRequest, uniqueEmail } from "../factories";
import { outcomeOf, typedValuesOf } from "../setup/matchers";

const familyMembers = [
  { role: "PARENT" as const, name: "Pat Parent" },
  { role: "PRACTITIONER" as const, name: "Sol Worker" },
  { role: "ADVISER" as const, name: "Ada Adviser" },
  { role: "NETWORK_MEMBER" as const, name: "Nia Network" },
];

async function invite(familyId: string, personId: string, form: Record<string, string>) {
  return outcomeOf(async () =>
    inviteAction({
      request: makeRequest(`/families/${familyId}/network/invite`, {
        method: "POST",
        cookie: await cookieFor(personId),
        form,
      }),
      params: { familyId },
      context: {},
    }),
  );
}

async function acceptLatestInvitation(email: string) {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = mail.text.match(/\/invitations\/([A-Za-z0-9_-]{43})/)![1];
  const looked = await acceptLoader({
    request: makeRequest(`/invitations/${token}`),
    params: { token },
    context: {},
  });
  const accepted = await outcomeOf(() =>
    acceptAction({
      request: makeRequest(`/invitations/${token}`, { method: "POST", form: {} }),
      params: { token },
      context: {},
    }),
  );
  return { mail, token, looked, accepted };
}

describe("membership", () => {
  it("removing a member takes effect on their very next request", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent, practitioner] = family.people;
    const parentCookie = await cookieFor(parent.id);
    const home = () =>
      outcomeOf(() =>
        familyHome({
          request: makeRequest(`/families/${family.id}`, { cookie: parentCookie }),
          params: { familyId: family.id },
          context: {},
        }),
      );
    expect((await home()).status).toBe(200);

    const removed = await outcomeOf(async () =>
      networkAction({
        request: makeRequest(`/families/${family.id}/network`, {
          method: "POST",
          cookie: await cookieFor(practitioner.id),
          form: { intent: "remove", id: parent.membershipId },
        }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(removed.status).toBe(302);
    // Same session cookie, next request: gone.
    expect((await home()).status).toBe(404);
    const audit = await db.auditEvent.findFirst({
      where: { familyId: family.id, action: "membership.remove" },
    });
    expect(audit).toMatchObject({
      actorId: practitioner.id,
      role: "PRACTITIONER",
      entityId: parent.membershipId,
    });
  });

  it("a member without the right gets 403, and the refusal is audited", async () => {
    const family = await createFamily({ members: familyMembers });
    // (An adviser asking for a part the family hides gets 404: tests/modules/adviser-view.test.ts.)
    const network = family.people[3];
    const result = await outcomeOf(async () =>
      activityLoader({
        request: makeRequest(`/families/${family.id}/activity`, { cookie: await cookieFor(network.id) }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(result.status).toBe(403);
    expect(
      await db.auditEvent.count({ where: { familyId: family.id, actorId: network.id, outcome: "denied" } }),
    ).toBe(1);
  });

  it("a network member cannot remove anyone, even with a hand-made request", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent, , , network] = family.people;
    const result = await outcomeOf(async () =>
      networkAction({
        request: makeRequest(`/families/${family.id}/network`, {
          method: "POST",
          cookie: await cookieFor(network.id),
          form: { intent: "remove", id: parent.membershipId },
        }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(result.status).toBe(403);
    expect((await db.membership.findUniqueOrThrow({ where: { id: parent.membershipId } })).status).toBe(
      "ACTIVE",
    );
  });

  it("malformed ids give 404", async () => {
    const family = await createFamily({ members: familyMembers });
    const cookie = await cookieFor(family.people[0].id);
    for (const familyId of ["../etc", "1 OR 1=1", "x".repeat(200), ""]) {
      const result = await outcomeOf(() =>
        familyHome({ request: makeRequest("/families/x", { cookie }), params: { familyId }, context: {} }),
      );
      expect(result.status).toBe(404);
    }
  });

  it("a network member invited by a parent joins when a practitioner approves", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent, practitioner] = family.people;
    const email = uniqueEmail("friend");
    const sent = await invite(family.id, parent.id, {
      name: "Fran Friend",
      email,
      role: "NETWORK_MEMBER",
      relationship: "Neighbour",
    });
    expect(sent.status).toBe(302);

    const { mail, looked, accepted } = await acceptLatestInvitation(email);
    expect(mail.text).not.toContain(family.name);
    expect(mail.text).not.toContain(family.childName);
    expect(looked).toMatchObject({ state: "valid", role: "NETWORK_MEMBER", needsApproval: true });
    expect(accepted.status).toBe(302);

    const friend = await db.person.findUniqueOrThrow({ where: { email } });
    const friendHome = async () =>
      outcomeOf(async () =>
        familyHome({
          request: makeRequest(`/families/${family.id}`, { cookie: await cookieFor(friend.id) }),
          params: { familyId: family.id },
          context: {},
        }),
      );
    expect((await friendHome()).status).toBe(404);

    const membership = await db.membership.findFirstOrThrow({
      where: { familyId: family.id, personId: friend.id },
    });
    expect(membership.status).toBe("PENDING_APPROVAL");
    const approved = await outcomeOf(async () =>
      networkAction({
        request: makeRequest(`/families/${family.id}/network`, {
          method: "POST",
          cookie: await cookieFor(practitioner.id),
          form: { intent: "approve", id: membership.id },
        }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(approved.status).toBe(302);
    expect((await friendHome()).status).toBe(200);
  });

  it("an adviser invited by a parent joins at once, and an invitation works only once", async () => {
    const family = await createFamily({ members: familyMembers });
    const email = uniqueEmail("adviser");
    expect(
      (await invite(family.id, family.people[0].id, { name: "Al Adviser", email, role: "ADVISER" })).status,
    ).toBe(302);
    const { token, accepted } = await acceptLatestInvitation(email);
    expect(accepted.status).toBe(302);
    const membership = await db.membership.findFirstOrThrow({
      where: { familyId: family.id, person: { email } },
    });
    expect(membership).toMatchObject({ status: "ACTIVE", role: "ADVISER" });

    const again = await outcomeOf(() =>
      acceptAction({
        request: makeRequest(`/invitations/${token}`, { method: "POST", form: {} }),
        params: { token },
        context: {},
      }),
    );
    expect(again.status).toBe(410);
  });

  it("a parent cannot invite a practitioner; the form keeps what was typed", async () => {
    const family = await createFamily({ members: familyMembers });
    const result = await invite(family.id, family.people[0].id, {
      name: "Sneaky",
      email: "sneaky@test.example",
      role: "PRACTITIONER",
    });
    expect(result).toRefuseWith({ role: "invite.role-not-allowed" });
    expect(typedValuesOf(result.data)).toMatchObject({ name: "Sneaky", email: "sneaky@test.example" });
    const empty = await invite(family.id, family.people[0].id, { name: "", email: "nope", role: "" });
    expect(empty).toRefuseWith({
      name: "invite.name.required",
      email: "invite.email.invalid",
      role: "invite.role.required",
    });
    expect(typedValuesOf(empty.data)).toMatchObject({ email: "nope" });
  });

  it("a network member cannot open the invite page", async () => {
    const family = await createFamily({ members: familyMembers });
    const result = await outcomeOf(async () =>
      inviteLoader({
        request: makeRequest(`/families/${family.id}/network/invite`, {
          cookie: await cookieFor(family.people[3].id),
        }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(result.status).toBe(403);
  });

  it("shows email addresses only to the practitioner", async () => {
    const family = await createFamily({ members: familyMembers });
    const view = async (personId: string) => {
      const result = await outcomeOf(async () =>
        networkLoader({
          request: makeRequest(`/families/${family.id}/network`, { cookie: await cookieFor(personId) }),
          params: { familyId: family.id },
          context: {},
        }),
      );
      return JSON.stringify(result.data);
    };
    expect(await view(family.people[1].id)).toContain(family.people[0].email);
    expect(await view(family.people[0].id)).not.toContain(family.people[3].email);
    expect(await view(family.people[3].id)).not.toContain(family.people[0].email);
  });
});

describe("activity", () => {
  it("shows the family who looked at its plan, without content, and only to roles that may see it", async () => {
    const { loader: activityLoader } = await import("~/routes/families.$familyId.activity");
    const family = await createFamily({ members: familyMembers });
    const [parent, practitioner, , network] = family.people;
    await outcomeOf(async () =>
      planLoader({
        request: makeRequest(`/families/${family.id}/plan`, { cookie: await cookieFor(practitioner.id) }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    const seen = await outcomeOf(async () =>
      activityLoader({
        request: makeRequest(`/families/${family.id}/activity`, { cookie: await cookieFor(parent.id) }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(seen.status).toBe(200);
    expect((seen.data as { events: { name: string; action: string; role: string }[] }).events).toContainEqual(
      expect.objectContaining({ name: "Sol Worker", action: "plan.view", role: "PRACTITIONER" }),
    );
    const refused = await outcomeOf(async () =>
      activityLoader({
        request: makeRequest(`/families/${family.id}/activity`, { cookie: await cookieFor(network.id) }),
        params: { familyId: family.id },
        context: {},
      }),
    );
    expect(refused.status).toBe(403);
  });
});

describe("invitations after a removal", () => {
  async function remove(familyId: string, practitionerId: string, membershipId: string) {
    return outcomeOf(async () =>
      networkAction({
        request: makeRequest(`/families/${familyId}/network`, {
          method: "POST",
          cookie: await cookieFor(practitionerId),
          form: { intent: "remove", id: membershipId },
        }),
        params: { familyId },
        context: {},
      }),
    );
  }

  it("removing a member cancels the invitations they sent; their link no longer lets anyone in", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent, practitioner] = family.people;
    const email = uniqueEmail("adviser");
    expect((await invite(family.id, parent.id, { name: "Al Adviser", email, role: "ADVISER" })).status).toBe(
      302,
    );
    expect((await remove(family.id, practitioner.id, parent.membershipId)).status).toBe(302);

    expect((await db.invitation.findFirstOrThrow({ where: { email } })).status).toBe("CANCELLED");
    const { looked, accepted } = await acceptLatestInvitation(email);
    expect(looked).toMatchObject({ state: "unknown" });
    expect(accepted.status).toBe(410);
    expect(await db.membership.count({ where: { familyId: family.id, person: { email } } })).toBe(0);
  });

  it("accepting checks that the inviter is still an active member allowed to invite that role", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent] = family.people;
    const email = uniqueEmail("friend");
    expect(
      (await invite(family.id, parent.id, { name: "Fran Friend", email, role: "NETWORK_MEMBER" })).status,
    ).toBe(302);
    // The inviter's membership ends by a path that does not cancel invitations (as a hand edit would).
    await db.membership.update({ where: { id: parent.membershipId }, data: { status: "REMOVED" } });
    const { accepted } = await acceptLatestInvitation(email);
    expect(accepted.status).toBe(410);
    expect((await db.invitation.findFirstOrThrow({ where: { email } })).status).toBe("CANCELLED");

    // A parent turned adviser may no longer invite a network member.
    const second = await createFamily({ members: familyMembers });
    const other = uniqueEmail("friend");
    expect(
      (
        await invite(second.id, second.people[0].id, {
          name: "Fran Friend",
          email: other,
          role: "NETWORK_MEMBER",
        })
      ).status,
    ).toBe(302);
    await db.membership.update({ where: { id: second.people[0].membershipId }, data: { role: "ADVISER" } });
    expect((await acceptLatestInvitation(other)).accepted.status).toBe(410);
  });

  it("someone a practitioner removed comes back only with a practitioner's approval, and the removal stays on record", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent, practitioner, , network] = family.people;
    expect((await remove(family.id, practitioner.id, network.membershipId)).status).toBe(302);
    const removedRow = await db.membership.findUniqueOrThrow({ where: { id: network.membershipId } });

    // A parent invites them back as an adviser, a role that normally joins at once.
    expect(
      (await invite(family.id, parent.id, { name: "Nia Network", email: network.email, role: "ADVISER" }))
        .status,
    ).toBe(302);
    const { looked, accepted } = await acceptLatestInvitation(network.email);
    expect(looked).toMatchObject({ state: "valid", needsApproval: true });
    expect(accepted.status).toBe(302);
    const back = await db.membership.findUniqueOrThrow({ where: { id: network.membershipId } });
    expect(back).toMatchObject({ status: "PENDING_APPROVAL", role: "ADVISER", approvedById: null });
    expect(back.removedAt).toEqual(removedRow.removedAt);
    expect(back.removedById).toBe(practitioner.id);
    expect(
      await db.auditEvent.count({
        where: { familyId: family.id, action: "membership.remove", entityId: network.membershipId },
      }),
    ).toBe(1);

    // The practitioner's own invitation is their approval; the removal still stays.
    await remove(family.id, practitioner.id, network.membershipId);
    expect(
      (
        await invite(family.id, practitioner.id, {
          name: "Nia Network",
          email: network.email,
          role: "NETWORK_MEMBER",
        })
      ).status,
    ).toBe(302);
    expect((await acceptLatestInvitation(network.email)).accepted.status).toBe(302);
    const again = await db.membership.findUniqueOrThrow({ where: { id: network.membershipId } });
    expect(again).toMatchObject({
      status: "ACTIVE",
      approvedById: practitioner.id,
      removedById: practitioner.id,
    });
    expect(again.removedAt).not.toBeNull();
  });

  it("removing someone cancels pending invitations that would bring them back", async () => {
    const family = await createFamily({ members: familyMembers });
    const [parent, practitioner, , network] = family.people;
    // An invitation to them still pending from before (an older link, say).
    await db.invitation.create({
      data: {
        familyId: family.id,
        email: network.email,
        name: "Nia Network",
        role: "ADVISER",
        tokenHash: "a".repeat(64),
        invitedById: parent.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect((await remove(family.id, practitioner.id, network.membershipId)).status).toBe(302);
    expect((await db.invitation.findFirstOrThrow({ where: { email: network.email } })).status).toBe(
      "CANCELLED",
    );
  });

  it("for someone with an account, the link stops signing in after the sign-in link's lifetime", async () => {
    const family = await createFamily({ members: familyMembers });
    const person = await createPerson({ name: "Kim Known" });
    expect(
      (
        await invite(family.id, family.people[1].id, {
          name: "Kim Known",
          email: person.email,
          role: "NETWORK_MEMBER",
        })
      ).status,
    ).toBe(302);
    await db.invitation.updateMany({
      where: { email: person.email },
      data: { createdAt: new Date(Date.now() - 11 * 60_000) },
    });

    const { token, looked, accepted } = await acceptLatestInvitation(person.email);
    expect(looked).toMatchObject({ state: "sign-in-first" });
    expect(accepted.status).toBe(403);
    expect(accepted.headers.get("Set-Cookie")).toBeNull();
    expect(await db.membership.count({ where: { familyId: family.id, personId: person.id } })).toBe(0);

    // Signed in as themselves, they can accept the same link.
    const cookie = await cookieFor(person.id);
    const viewed = await acceptLoader({
      request: makeRequest(`/invitations/${token}`, { cookie }),
      params: { token },
      context: {},
    });
    expect(viewed).toMatchObject({ state: "valid" });
    const signedIn = await outcomeOf(() =>
      acceptAction({
        request: makeRequest(`/invitations/${token}`, { method: "POST", form: {}, cookie }),
        params: { token },
        context: {},
      }),
    );
    expect(signedIn.status).toBe(302);
    expect(
      await db.membership.count({ where: { familyId: family.id, personId: person.id, status: "ACTIVE" } }),
    ).toBe(1);
  });

  it("two accepts of one invitation at once: exactly one wins", async () => {
    const family = await createFamily({ members: familyMembers });
    const email = uniqueEmail("adviser");
    expect(
      (await invite(family.id, family.people[0].id, { name: "Al Adviser", email, role: "ADVISER" })).status,
    ).toBe(302);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: email },
      orderBy: { createdAt: "desc" },
    });
    const token = mail.text.match(/\/invitations\/([A-Za-z0-9_-]{43})/)![1];
    const accept = () =>
      outcomeOf(() =>
        acceptAction({
          request: makeRequest(`/invitations/${token}`, { method: "POST", form: {} }),
          params: { token },
          context: {},
        }),
      );
    const results = await Promise.all([accept(), accept(), accept()]);
    expect(results.map((result) => result.status).sort()).toEqual([302, 410, 410]);
    expect(await db.auditEvent.count({ where: { familyId: family.id, action: "membership.join" } })).toBe(1);
    expect(await db.person.count({ where: { email } })).toBe(1);
  });
});
