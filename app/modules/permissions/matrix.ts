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
   * write: edit the draft and answer correction requests; publish: make a new version;
   * end: end the plan with a reason (the space turns read-only), or restart it while read-only.
   */
  plan: ["view", "respond", "rate", "correct", "write", "publish", "end"],
  /**
   * The family's own safety rules. propose: write a rule or change one (a new version);
   * agree: answer a rule that names you; endorse: the practitioner's yes; retire: end a rule
   * with a reason; discuss: write under a rule; report: say a rule was broken or a warning
   * sign seen; recordOutcome: say what happened next, and see every report.
   */
  rules: ["view", "propose", "agree", "endorse", "retire", "discuss", "report", "recordOutcome"],
  /**
   * Support roles people commit to. offer: promise a role with a weekly schedule; accept: agree
   * to it for the family (parent, kinship carer) or as the social worker; checkIn: log a visit
   * done or missed (own commitments only); edit: change one's own commitment;
   * pauseOrEnd: pause, resume or end one (a network member only their own).
   */
  commitments: ["view", "offer", "accept", "checkIn", "edit", "pauseOrEnd"],
  /**
   * Meetings about the family. schedule: book, move and cancel, and list the papers;
   * reply: say coming or not; note: write "what I want to say"; markPapers: say a paper came or not.
   * writeReport: write "our report", the family's own report (a new version each save);
   * shareReport: share it with the social worker and the chair (it is private until then).
   * recordOutcome: write "what was decided" after a meeting and book the next ones (a new version
   * each save); viewOutcome: read it (family members only for meetings they are invited to; named
   * "view…" so it stays readable once the plan has ended); answerOutcome: say whether it matches
   * writeSections: write a paper as sections (heading, report words, plain words; a new version
   * each save); markSection: say "this is wrong" on a section and what it should say;
   * answerMark: answer a mark ("Changed", or it stays and why).
   * Family members see only the meetings they are invited to, and read a paper's sections only then.
   */
  meetings: [
    "view",
    "schedule",
    "reply",
    "note",
    "markPapers",
    "writeReport",
    "shareReport",
    "recordOutcome",
    "viewOutcome",
    "answerOutcome",
    "writeSections",
    "markSection",
    "answerMark",
  ],
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
  /** What each adviser may see of the family's space (see `adviserAreas`). */
  adviserAccess: ["view", "change"],
  /** The child's contact arrangements, in the kinship carers' space. */
  contact: ["view", "write"],
  /**
   * The child's diary. view: open the diary, which lists only entries the person wrote or was
   * chosen to read (the queries enforce it); write: keep a diary.
   */
  diary: ["view", "write"],
  /**
   * Questions between visits. ask: a family member asks the family's social worker or one of the
   * family's advisers, and marks their own thread "too much right now" or "can we move this?";
   * reply: write in a thread. view and reply hold only in threads the person asked or was asked
   * (the queries enforce it: anyone else's thread is missing, a 404).
   */
  questions: ["view", "ask", "reply"],
} as const;

export type Entity = keyof typeof entityActions;
export type Action<E extends Entity> = (typeof entityActions)[E][number];

/**
 * What a member may still do once the plan has ended and the space is read-only: read (every
 * "view" right), and the social worker may restart the plan. Everything else is refused.
 */
export function allowedWhileReadOnly(entity: Entity, action: string): boolean {
  return action.startsWith("view") || (entity === "plan" && action === "end");
}

type Rights = { [E in Entity]: readonly Action<E>[] };

/**
 * The parts of its space a family shows or hides per adviser. An adviser's rights on these
 * entities (in the matrix below) hold only where the family shows that part to them; the guard
 * reads the family's choice with the membership, so a change applies on the next request.
 */
export const adviserAreas = ["plan", "rules", "meetings", "network"] as const;
export type AdviserArea = (typeof adviserAreas)[number];
export type AdviserView = Record<AdviserArea, boolean>;
export const hiddenFromAdviser: AdviserView = { plan: false, rules: false, meetings: false, network: false };

export const permissionMatrix = {
  PARENT: {
    family: ["view"],
    plan: ["view", "respond", "rate", "correct"],
    rules: ["view", "propose", "agree", "discuss", "report"],
    commitments: ["view", "offer", "accept", "checkIn", "edit", "pauseOrEnd"],
    meetings: [
      "view",
      "reply",
      "note",
      "markPapers",
      "writeReport",
      "shareReport",
      "viewOutcome",
      "answerOutcome",
      "markSection",
    ],
    network: ["view", "viewContactDetails", "shareContactDetails", "inviteNetworkMember", "inviteAdviser"],
    help: ["view"],
    activity: ["view"],
    adviserAccess: ["view", "change"],
    contact: [],
    diary: ["view"],
    questions: ["view", "ask", "reply"],
  },
  KINSHIP_CARER: {
    family: ["view"],
    plan: ["view", "respond", "rate", "correct"],
    rules: ["view", "propose", "agree", "discuss", "report"],
    commitments: ["view", "offer", "accept", "checkIn", "edit", "pauseOrEnd"],
    meetings: [
      "view",
      "reply",
      "note",
      "markPapers",
      "writeReport",
      "shareReport",
      "viewOutcome",
      "answerOutcome",
      "markSection",
    ],
    network: ["view", "viewContactDetails", "shareContactDetails"],
    help: ["view"],
    activity: [],
    adviserAccess: ["view", "change"],
    contact: ["view", "write"],
    diary: ["view", "write"],
    questions: ["view", "ask", "reply"],
  },
  NETWORK_MEMBER: {
    family: ["view"],
    plan: ["view", "respond", "rate", "correct"],
    rules: ["view", "propose", "agree", "discuss", "report"],
    commitments: ["view", "offer", "checkIn", "edit", "pauseOrEnd"],
    meetings: ["view", "reply", "note", "markPapers", "viewOutcome", "answerOutcome", "markSection"],
    network: ["view", "viewContactDetails", "shareContactDetails"],
    help: ["view"],
    activity: [],
    adviserAccess: [],
    contact: [],
    diary: ["view"],
    questions: ["view", "ask", "reply"],
  },
  // An adviser sees help, and of the plan, rules, meetings and network only what the family
  // shows them (adviserAreas): these rights hold only for the parts shown.
  ADVISER: {
    family: ["view"],
    plan: ["view"],
    rules: ["view"],
    commitments: [],
    meetings: ["view"],
    network: ["view", "viewContactDetails", "shareContactDetails"],
    help: ["view", "share"],
    activity: [],
    adviserAccess: [],
    contact: [],
    diary: ["view"],
    questions: ["view", "reply"],
  },
  PRACTITIONER: {
    family: ["view"],
    plan: ["view", "rate", "write", "publish", "end"],
    rules: ["view", "endorse", "retire", "discuss", "recordOutcome"],
    commitments: ["view", "accept", "pauseOrEnd"],
    meetings: ["view", "schedule", "recordOutcome", "viewOutcome", "writeSections", "answerMark"],
    network: [
      "view",
      "viewContactDetails",
      "viewPrivateContactDetails",
      "shareContactDetails",
      "inviteNetworkMember",
      "inviteAdviser",
      "inviteAnyRole",
      "approve",
      "remove",
    ],
    help: ["view", "share"],
    activity: ["view"],
    adviserAccess: ["view"],
    contact: ["view", "write"],
    diary: ["view"],
    questions: ["view", "reply"],
  },
} as const satisfies Record<FamilyRole, Rights>;

// Rights over an organisation's own things, held outside any family. A person's organisation
// roles are their StaffMember rows (ADMIN, TEAM_MANAGER, SOCIAL_WORKER, ADVISER) in that
// organisation; an adviser of a partner organisation who is an active adviser in a family also
// holds ADVISER in their own organisation (its directory). An admin runs the service but sees no
// family's content: family rights come only from a membership. The national directory belongs
// to no organisation: nobody edits it here, it ships with the app.
export const organisationRoles = ["ADMIN", "TEAM_MANAGER", "SOCIAL_WORKER", "ADVISER"] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export const organisationEntityActions = {
  /** The organisation's support directory. export: download it as Open Referral UK JSON. */
  directory: ["edit", "import", "export"],
  /** The people who work in the service: view the list, add (with an invitation) and remove. */
  staff: ["view", "add", "remove"],
  /** Phone numbers, papers' lead time, audit retention and which national services to show. */
  settings: ["view", "change"],
  /**
   * Family spaces. list: see each space's name and social worker (no content); open: start a
   * space and become its social worker; handOver: move a family to another social worker, or
   * add a second practitioner for a time.
   */
  families: ["list", "open", "handOver"],
  /** A social worker's own families and what needs them now. */
  caseload: ["view"],
} as const;

export type OrganisationEntity = keyof typeof organisationEntityActions;
export type OrganisationAction<E extends OrganisationEntity> = (typeof organisationEntityActions)[E][number];

export const organisationMatrix = {
  ADMIN: {
    directory: ["edit", "import", "export"],
    staff: ["view", "add", "remove"],
    settings: ["view", "change"],
    families: ["list", "handOver"],
    caseload: [],
  },
  TEAM_MANAGER: {
    directory: ["edit", "export"],
    staff: ["view"],
    settings: ["view"],
    families: ["list", "open", "handOver"],
    caseload: ["view"],
  },
  SOCIAL_WORKER: {
    directory: [],
    staff: [],
    settings: [],
    families: ["open"],
    caseload: ["view"],
  },
  ADVISER: {
    directory: ["edit", "export"],
    staff: [],
    settings: [],
    families: [],
    caseload: [],
  },
} as const satisfies Record<
  OrganisationRole,
  { [E in OrganisationEntity]: readonly OrganisationAction<E>[] }
>;
