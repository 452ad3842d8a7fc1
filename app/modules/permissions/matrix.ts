// Who may do what inside one family's space. The single source of truth: the server guard
// (guard.server.ts) enforces it, the UI only mirrors it to decide which buttons to show.
// Roles are a person's membership of one family, never a property of the person.

export const familyRoles = ["PARENT", "NETWORK_MEMBER", "KINSHIP_CARER", "ADVISER", "PRACTITIONER"] as const;
export type FamilyRole = (typeof familyRoles)[number];

export const entityActions = {
  /** The family's home page and the switcher entry. */
  family: ["view"],
  /**
   * The child protection plan. respond: say agree / not sure / disagree on an item;
   * rate: put a mark on the safety scale; correct: ask for a factual mistake to be put right;
   * write: edit the draft and answer correction requests; publish: make a new version.
   */
  plan: ["view", "respond", "rate", "correct", "write", "publish"],
  /** The family's own safety rules. */
  rules: ["view", "propose", "endorse"],
  /**
   * Support roles people commit to. offer: promise a role with a weekly schedule; accept: agree
   * to it for the family (parent, kinship carer) or as the social worker; checkIn: log a visit
   * done or missed (own commitments only); edit: change one's own commitment;
   * pauseOrEnd: pause, resume or end one (a network member only their own).
   */
  commitments: ["view", "offer", "accept", "checkIn", "edit", "pauseOrEnd"],
  meetings: ["view", "schedule"],
  /** Who is in the family's safety circle. */
  network: [
    "view",
    // See the contact details a member shares with everyone in the family's space.
    "viewContactDetails",
    // See the details a member shares with the social worker only.
    "viewPrivateContactDetails",
    // Choose what of one's own details to share, and hide them from a named member.
    "shareContactDetails",
    "inviteNetworkMember",
    "inviteAdviser",
    "inviteAnyRole",
    "approve",
    "remove",
  ],
  /** Advice, support and resources shared with the family. */
  help: ["view", "share"],
  /** Who looked at or changed the family's data. */
  activity: ["view"],
} as const;

export type Entity = keyof typeof entityActions;
export type Action<E extends Entity> = (typeof entityActions)[E][number];

type Rights = { [E in Entity]: readonly Action<E>[] };

export const permissionMatrix = {
  PARENT: {
    family: ["view"],
    plan: ["view", "respond", "rate", "correct"],
    rules: ["view", "propose"],
    commitments: ["view", "offer", "accept", "checkIn", "edit", "pauseOrEnd"],
    meetings: ["view"],
    network: ["view", "viewContactDetails", "shareContactDetails", "inviteNetworkMember", "inviteAdviser"],
    help: ["view"],
    activity: ["view"],
  },
  KINSHIP_CARER: {
    family: ["view"],
    plan: ["view", "respond", "rate", "correct"],
    rules: ["view", "propose"],
    commitments: ["view", "offer", "accept", "checkIn", "edit", "pauseOrEnd"],
    meetings: ["view"],
    network: ["view", "viewContactDetails", "shareContactDetails"],
    help: ["view"],
    activity: [],
  },
  NETWORK_MEMBER: {
    family: ["view"],
    plan: ["view", "respond", "rate", "correct"],
    rules: ["view"],
    commitments: ["view", "offer", "checkIn", "edit", "pauseOrEnd"],
    meetings: ["view"],
    network: ["view", "viewContactDetails", "shareContactDetails"],
    help: ["view"],
    activity: [],
  },
  // An adviser sees only what the family chooses to share with them: help and the network.
  ADVISER: {
    family: ["view"],
    plan: [],
    rules: [],
    commitments: [],
    meetings: [],
    network: ["view", "viewContactDetails", "shareContactDetails"],
    help: ["view", "share"],
    activity: [],
  },
  PRACTITIONER: {
    family: ["view"],
    plan: ["view", "rate", "write", "publish"],
    rules: ["view", "endorse"],
    commitments: ["view", "accept", "pauseOrEnd"],
    meetings: ["view", "schedule"],
    network: ["view", "viewContactDetails", "viewPrivateContactDetails", "shareContactDetails", "inviteNetworkMember", "inviteAdviser", "inviteAnyRole", "approve", "remove"],
    help: ["view", "share"],
    activity: ["view"],
  },
} as const satisfies Record<FamilyRole, Rights>;
