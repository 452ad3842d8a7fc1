// The people the browser tests sign in as. Plain data: tests/e2e/seed.ts creates them.
export const e2eFamily = { name: "Maple family", child: "Rowan" };
export const e2eOtherFamily = { name: "Birch family", child: "Sky" };
export const e2ePlanFamily = { name: "Oak family", child: "Wren" };
// A family with a published plan from the start, for the download-size check.
export const e2eBundleFamily = { name: "Elm family", child: "Ash" };
// The safety rules journey's own family, with a published plan whose worry a rule can answer.
export const e2eRulesFamily = {
  name: "Rowan family",
  child: "Finn",
  worry: "When Ruth drinks, Finn could be left alone.",
};
// The meetings journey's own family.
export const e2eMeetingsFamily = { name: "Hazel family", child: "Fern" };
// The network journey's own family: contact sharing and commitments.
export const e2eNetworkFamily = { name: "Willow family", child: "Fern" };
// An adviser who is shown the rules, meetings and network but not the plan; a rule answers a worry of the plan.
// The seed builds it with tests/fixtures/family-with-everything.ts, whose rule reads "<marker> rule words 2".
export const e2eAdviserFamily = {
  name: "Larch family",
  child: "Ivy",
  marker: "Larch",
  worry: "When Jo feels low, Ivy's meals can be missed.",
  rule: "Larch rule words 2",
};
// The meeting outcome journey's own family, with a core group booked.
export const e2eOutcomeFamily = { name: "Juniper family", child: "Sorrel" };
// The forms journey's own family (saving once, the family menu on a phone), with a meeting booked.
export const e2eFormsFamily = { name: "Aspen family", child: "Ivy" };
// The caseload journey: a social worker of the council with two families, one with a new report.
export const e2eCaseloadFamily = {
  name: "Poplar family",
  child: "Jay",
  report: "Poplar: the rule was broken at tea time.",
};
// The plan end journey's own family: its social worker ends the plan.
export const e2ePlanEndFamily = { name: "Holly family", child: "Bea", marker: "Holly" };
// The meeting papers journey's own family: a meeting with a report listed, its PDF not yet added.
export const e2ePapersFamily = { name: "Rowan family", child: "Moss", paper: "Report for the core group" };
// The paper sections journey's own family: a core group in two days, its report already due.
export const e2eSectionsFamily = { name: "Linden family", child: "Tam", paper: "Social work report" };
export const e2eQuietFamily = { name: "Spruce family", child: "Kit" };
// The questions journey's own family: a kinship carer asks its social worker, staff of the council.
export const e2eQuestionsFamily = { name: "Sycamore family", child: "Alfie" };
// The notices journey's own family: nothing in it yet, so the parent has had no email about it.
export const e2eNoticesFamily = { name: "Larch family", child: "Lark" };

export const e2ePeople = {
  parent: { email: "parent@e2e.example", name: "Erin Parent", role: "PARENT" },
  networkMember: { email: "network@e2e.example", name: "Nell Network", role: "NETWORK_MEMBER" },
  kinshipCarer: { email: "carer@e2e.example", name: "Kath Carer", role: "KINSHIP_CARER" },
  adviser: { email: "adviser@e2e.example", name: "Ari Adviser", role: "ADVISER" },
  practitioner: { email: "worker@e2e.example", name: "Pia Worker", role: "PRACTITIONER" },
  otherParent: { email: "other-parent@e2e.example", name: "Olly Other", role: "PARENT" },
  inBoth: { email: "both@e2e.example", name: "Bea Both", role: "NETWORK_MEMBER" },
  // The plan journey's own family, so its plan does not change what other tests see.
  planWorker: { email: "plan-worker@e2e.example", name: "Sadia Worker", role: "PRACTITIONER" },
  planParent: { email: "plan-parent@e2e.example", name: "Mia Parent", role: "PARENT" },
  planAunt: { email: "plan-aunt@e2e.example", name: "Ava Aunt", role: "NETWORK_MEMBER" },
  bundleParent: { email: "bundle-parent@e2e.example", name: "Bo Parent", role: "PARENT" },
  bundleWorker: { email: "bundle-worker@e2e.example", name: "Bex Worker", role: "PRACTITIONER" },
  rulesParent: { email: "rules-parent@e2e.example", name: "Ruth Parent", role: "PARENT" },
  rulesNan: { email: "rules-nan@e2e.example", name: "Nora Nan", role: "KINSHIP_CARER" },
  rulesAunt: { email: "rules-aunt@e2e.example", name: "Alma Aunt", role: "NETWORK_MEMBER" },
  rulesWorker: { email: "rules-worker@e2e.example", name: "Wes Worker", role: "PRACTITIONER" },
  rulesDad: { email: "rules-dad@e2e.example", name: "Dev Dad", role: "PARENT" },
  outcomeWorker: { email: "outcome-worker@e2e.example", name: "Oti Worker", role: "PRACTITIONER" },
  outcomeParent: { email: "outcome-parent@e2e.example", name: "Opal Parent", role: "PARENT" },
  meetWorker: { email: "meet-worker@e2e.example", name: "Mo Worker", role: "PRACTITIONER" },
  meetParent: { email: "meet-parent@e2e.example", name: "Dee Parent", role: "PARENT" },
  willowMum: { email: "willow-mum@e2e.example", name: "Wendy Mum", role: "PARENT" },
  willowDad: { email: "willow-dad@e2e.example", name: "Dan Dad", role: "PARENT" },
  willowAunt: { email: "willow-aunt@e2e.example", name: "Alma Aunt", role: "NETWORK_MEMBER" },
  willowWorker: { email: "willow-worker@e2e.example", name: "Wes Worker", role: "PRACTITIONER" },
  larchParent: { email: "larch-parent@e2e.example", name: "Jo Parent", role: "PARENT" },
  larchWorker: { email: "larch-worker@e2e.example", name: "Lou Worker", role: "PRACTITIONER" },
  larchAdviser: { email: "larch-adviser@e2e.example", name: "Ray Adviser", role: "ADVISER" },
  formsCarer: { email: "forms-carer@e2e.example", name: "Cara Carer", role: "KINSHIP_CARER" },
  formsWorker: { email: "forms-worker@e2e.example", name: "Fay Worker", role: "PRACTITIONER" },
  caseloadWorker: { email: "caseload-worker@e2e.example", name: "Cass Worker", role: "PRACTITIONER" },
  caseloadParent: { email: "caseload-parent@e2e.example", name: "Poppy Parent", role: "PARENT" },
  quietParent: { email: "quiet-parent@e2e.example", name: "Sid Parent", role: "PARENT" },
  endWorker: { email: "end-worker@e2e.example", name: "Eda Worker", role: "PRACTITIONER" },
  endParent: { email: "end-parent@e2e.example", name: "Hal Parent", role: "PARENT" },
  paperWorker: { email: "paper-worker@e2e.example", name: "Pam Worker", role: "PRACTITIONER" },
  paperParent: { email: "paper-parent@e2e.example", name: "Pat Parent", role: "PARENT" },
  askCarer: { email: "ask-carer@e2e.example", name: "Gwen Carer", role: "KINSHIP_CARER" },
  askParent: { email: "ask-parent@e2e.example", name: "Gus Parent", role: "PARENT" },
  askWorker: { email: "ask-worker@e2e.example", name: "Sam Worker", role: "PRACTITIONER" },
  sectionWorker: { email: "section-worker@e2e.example", name: "Sid Worker", role: "PRACTITIONER" },
  sectionParent: { email: "section-parent@e2e.example", name: "Suki Parent", role: "PARENT" },
  noticesWorker: { email: "notices-worker@e2e.example", name: "Nia Worker", role: "PRACTITIONER" },
  noticesParent: { email: "notices-parent@e2e.example", name: "Noel Parent", role: "PARENT" },
} as const;

// The organisation admin journey's own council: its admin, and a social worker who leaves.
export const e2eOrganisation = {
  name: "Alder Council",
  admin: { email: "org-admin@e2e.example", name: "Ola Admin" },
  leaving: { email: "org-leaving@e2e.example", name: "Lee Leaving" },
};
// The council's staff for the family space journeys: staff rows of the test council, no family yet
// except the Cedar family, which the old worker opened and the manager hands over.
export const e2eStaff = {
  opener: { email: "opener@e2e.example", name: "Sian Opener", role: "SOCIAL_WORKER" },
  oldWorker: { email: "cedar-worker@e2e.example", name: "Cy Worker", role: "SOCIAL_WORKER" },
  newWorker: { email: "cedar-next@e2e.example", name: "Noor Next", role: "SOCIAL_WORKER" },
  manager: { email: "manager@e2e.example", name: "Tess Manager", role: "TEAM_MANAGER" },
} as const;
export const e2eCedarFamily = { name: "Cedar family", child: "Bryn" };
