// Creates the browser tests' own data in a fresh database (not the demo seed).
import { openFamilySpace } from "~/modules/family/family-space.server";
import { bookMeeting } from "~/modules/meetings/meetings.server";
import { addStaffMember } from "~/modules/organisation/staff.server";
import type { FamilyAccess } from "~/modules/permissions/guard.server";
import { createReport } from "~/modules/rules/reports.server";
import { proposeRule } from "~/modules/rules/rules.server";
import { db } from "~/utils/db.server";

import { createFamilyWithEverything } from "../fixtures/family-with-everything";
import { seedE2eDirectory } from "./directory-seed";
import {
  e2eAdviserFamily,
  e2eBundleFamily,
  e2eCaseloadFamily,
  e2eCedarFamily,
  e2eFamily,
  e2eFormsFamily,
  e2eMeetingsFamily,
  e2eNetworkFamily,
  e2eNoticesFamily,
  e2eOrganisation,
  e2eOtherFamily,
  e2eOutcomeFamily,
  e2ePapersFamily,
  e2ePeople,
  e2ePlanEndFamily,
  e2ePlanFamily,
  e2eQuestionsFamily,
  e2eQuietFamily,
  e2eRulesFamily,
  e2eSectionsFamily,
  e2eStaff,
} from "./people";

async function main() {
  const organisation = await db.organisation.create({
    data: {
      name: "Test Council",
      kind: "LOCAL_AUTHORITY",
      socialWorkPhone: "01632 960 200",
      outOfHoursPhone: "01632 960 299",
    },
  });
  // The family with everything makes its own people.
  const madeByFixture = new Set(["larchParent", "larchWorker", "larchAdviser", "endParent", "endWorker"]);
  const people = Object.fromEntries(
    await Promise.all(
      Object.entries(e2ePeople)
        .filter(([key]) => !madeByFixture.has(key))
        .map(
          async ([key, person]) =>
            [
              key,
              await db.person.create({
                data: { email: person.email, name: person.name },
              }),
            ] as const,
        ),
    ),
  );
  await seedE2eDirectory({
    organisationId: organisation.id,
    adviserId: people.adviser.id,
  });
  const maple = await db.family.create({
    data: { name: e2eFamily.name, organisationId: organisation.id },
  });
  const birch = await db.family.create({
    data: { name: e2eOtherFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: maple.id,
      firstName: e2eFamily.child,
      dateOfBirth: new Date(Date.now() - 60 * 86_400_000),
    },
  });
  await db.child.create({
    data: {
      familyId: birch.id,
      firstName: e2eOtherFamily.child,
      dueDate: new Date(Date.now() + 40 * 86_400_000),
    },
  });

  for (const key of [
    "parent",
    "networkMember",
    "kinshipCarer",
    "adviser",
    "practitioner",
    "inBoth",
  ] as const) {
    await db.membership.create({
      data: {
        familyId: maple.id,
        personId: people[key].id,
        role: e2ePeople[key].role,
      },
    });
  }
  await db.membership.create({
    data: {
      familyId: birch.id,
      personId: people.otherParent.id,
      role: "PARENT",
    },
  });
  await db.membership.create({
    data: {
      familyId: birch.id,
      personId: people.inBoth.id,
      role: "NETWORK_MEMBER",
    },
  });

  const oak = await db.family.create({
    data: { name: e2ePlanFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: oak.id,
      firstName: e2ePlanFamily.child,
      dateOfBirth: new Date(Date.now() - 20 * 86_400_000),
    },
  });
  for (const key of ["planWorker", "planParent", "planAunt"] as const) {
    await db.membership.create({
      data: {
        familyId: oak.id,
        personId: people[key].id,
        role: e2ePeople[key].role,
      },
    });
  }

  const hazel = await db.family.create({
    data: { name: e2eMeetingsFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: hazel.id,
      firstName: e2eMeetingsFamily.child,
      dateOfBirth: new Date(Date.now() - 90 * 86_400_000),
    },
  });
  for (const key of ["meetWorker", "meetParent"] as const) {
    await db.membership.create({
      data: { familyId: hazel.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }

  const sycamore = await db.family.create({
    data: { name: e2eNoticesFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: sycamore.id,
      firstName: e2eNoticesFamily.child,
      dateOfBirth: new Date(Date.now() - 90 * 86_400_000),
    },
  });
  for (const key of ["noticesWorker", "noticesParent"] as const) {
    await db.membership.create({
      data: { familyId: sycamore.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }

  // The plan end journey's family has a row of every kind, so the parent's copy has their own
  // words in it and leaves out what the family's pages hide from them.
  const holly = await createFamilyWithEverything({
    marker: e2ePlanEndFamily.marker,
    name: e2ePlanEndFamily.name,
    childName: e2ePlanEndFamily.child,
    people: { parent: e2ePeople.endParent, practitioner: e2ePeople.endWorker },
  });
  // The social worker is staff of the family's council, so the caseload shows the ended plan.
  const hollyCouncil = await db.family.findUniqueOrThrow({
    where: { id: holly.id },
    select: { organisationId: true },
  });
  await db.staffMember.create({
    data: {
      organisationId: hollyCouncil.organisationId,
      personId: holly.people.practitioner.id,
      role: "SOCIAL_WORKER",
    },
  });

  const willow = await db.family.create({
    data: { name: e2eNetworkFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: willow.id,
      firstName: e2eNetworkFamily.child,
      dateOfBirth: new Date(Date.now() - 90 * 86_400_000),
    },
  });
  for (const key of ["willowMum", "willowDad", "willowAunt", "willowWorker"] as const) {
    await db.membership.create({
      data: { familyId: willow.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }

  // The meeting outcome journey: a core group in ten days, the parent and the worker invited.
  const outcomeFamily = await db.family.create({
    data: { name: e2eOutcomeFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: outcomeFamily.id,
      firstName: e2eOutcomeFamily.child,
      dateOfBirth: new Date(Date.now() - 400 * 86_400_000),
    },
  });
  for (const key of ["outcomeParent", "outcomeWorker"] as const) {
    await db.membership.create({
      data: { familyId: outcomeFamily.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }
  const outcomeStart = new Date(Date.now() + 10 * 86_400_000);
  const outcomeMeeting = await db.meeting.create({
    data: {
      familyId: outcomeFamily.id,
      kind: "CORE_GROUP",
      startsAt: outcomeStart,
      endsAt: new Date(outcomeStart.getTime() + 3_600_000),
      place: "Rowan family centre",
      calendarUid: `outcomeFamily-core-group@e2e`,
      createdById: people.outcomeWorker.id,
    },
  });
  await db.meetingInvite.createMany({
    data: [people.outcomeParent.id, people.outcomeWorker.id].map((personId) => ({
      meetingId: outcomeMeeting.id,
      personId,
    })),
  });
  // A review conference held yesterday, for "what was decided" and the next dates it books.
  const heldStart = new Date(Date.now() - 86_400_000);
  const heldReview = await db.meeting.create({
    data: {
      familyId: outcomeFamily.id,
      kind: "REVIEW_CONFERENCE",
      startsAt: heldStart,
      endsAt: new Date(heldStart.getTime() + 3_600_000),
      place: "Rowan family centre",
      calendarUid: `outcomeFamily-review@e2e`,
      createdById: people.outcomeWorker.id,
    },
  });
  await db.meetingInvite.createMany({
    data: [people.outcomeParent.id, people.outcomeWorker.id].map((personId) => ({
      meetingId: heldReview.id,
      personId,
    })),
  });

  const aspen = await db.family.create({
    data: { name: e2eFormsFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: aspen.id,
      firstName: e2eFormsFamily.child,
      dateOfBirth: new Date(Date.now() - 90 * 86_400_000),
    },
  });
  for (const key of ["formsCarer", "formsWorker"] as const) {
    await db.membership.create({
      data: { familyId: aspen.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }
  const aspenStart = new Date(Date.now() + 10 * 86_400_000);
  const aspenMeeting = await db.meeting.create({
    data: {
      familyId: aspen.id,
      kind: "CORE_GROUP",
      startsAt: aspenStart,
      endsAt: new Date(aspenStart.getTime() + 3_600_000),
      place: "Family centre",
      calendarUid: `aspen-core-group@e2e`,
      createdById: people.formsWorker.id,
    },
  });
  await db.meetingInvite.createMany({
    data: [people.formsCarer.id, people.formsWorker.id].map((personId) => ({
      meetingId: aspenMeeting.id,
      personId,
    })),
  });
  await db.meetingChange.create({
    data: {
      meetingId: aspenMeeting.id,
      personId: people.formsWorker.id,
      what: "BOOKED",
      status: "SCHEDULED",
      startsAt: aspenStart,
      endsAt: aspenMeeting.endsAt,
      place: "Family centre",
      onlineLink: "",
    },
  });

  // The papers journey: a core group with its report listed, both of them invited.
  const juniper = await db.family.create({
    data: { name: e2ePapersFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: juniper.id,
      firstName: e2ePapersFamily.child,
      dateOfBirth: new Date(Date.now() - 90 * 86_400_000),
    },
  });
  for (const key of ["paperWorker", "paperParent"] as const) {
    await db.membership.create({
      data: { familyId: juniper.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }
  const juniperStart = new Date(Date.now() + 12 * 86_400_000);
  const juniperMeeting = await db.meeting.create({
    data: {
      familyId: juniper.id,
      kind: "CORE_GROUP",
      startsAt: juniperStart,
      endsAt: new Date(juniperStart.getTime() + 3_600_000),
      place: "Family centre",
      calendarUid: `juniper-core-group@e2e`,
      createdById: people.paperWorker.id,
    },
  });
  await db.meetingInvite.createMany({
    data: [people.paperParent.id, people.paperWorker.id].map((personId) => ({
      meetingId: juniperMeeting.id,
      personId,
    })),
  });
  await db.meetingChange.create({
    data: {
      meetingId: juniperMeeting.id,
      personId: people.paperWorker.id,
      what: "BOOKED",
      status: "SCHEDULED",
      startsAt: juniperStart,
      endsAt: juniperMeeting.endsAt,
      place: "Family centre",
      onlineLink: "",
    },
  });
  await db.meetingPaper.create({
    data: {
      meetingId: juniperMeeting.id,
      kind: "REPORT",
      title: e2ePapersFamily.paper,
      dueOn: new Date(juniperStart.getTime() - 3 * 86_400_000).toISOString().slice(0, 10),
      createdById: people.paperWorker.id,
    },
  });

  // The paper sections journey: a core group in two days whose report was due yesterday, so a
  // mark the parent sends now is late.
  const wren = await db.family.create({
    data: { name: e2eSectionsFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: wren.id,
      firstName: e2eSectionsFamily.child,
      dateOfBirth: new Date(Date.now() - 200 * 86_400_000),
    },
  });
  for (const key of ["sectionWorker", "sectionParent"] as const) {
    await db.membership.create({
      data: { familyId: wren.id, personId: people[key].id, role: e2ePeople[key].role },
    });
  }
  const wrenStart = new Date(Date.now() + 2 * 86_400_000);
  const wrenMeeting = await db.meeting.create({
    data: {
      familyId: wren.id,
      kind: "CORE_GROUP",
      startsAt: wrenStart,
      endsAt: new Date(wrenStart.getTime() + 3_600_000),
      place: "Family centre",
      calendarUid: `wren-core-group@e2e`,
      createdById: people.sectionWorker.id,
    },
  });
  await db.meetingInvite.createMany({
    data: [people.sectionParent.id, people.sectionWorker.id].map((personId) => ({
      meetingId: wrenMeeting.id,
      personId,
    })),
  });
  await db.meetingChange.create({
    data: {
      meetingId: wrenMeeting.id,
      personId: people.sectionWorker.id,
      what: "BOOKED",
      status: "SCHEDULED",
      startsAt: wrenStart,
      endsAt: wrenMeeting.endsAt,
      place: "Family centre",
      onlineLink: "",
    },
  });
  await db.meetingPaper.create({
    data: {
      meetingId: wrenMeeting.id,
      kind: "REPORT",
      title: e2eSectionsFamily.paper,
      dueOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      createdById: people.sectionWorker.id,
    },
  });

  // A plan of ordinary size, already published, so the download check reads a real page.
  const elm = await db.family.create({
    data: { name: e2eBundleFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: elm.id,
      firstName: e2eBundleFamily.child,
      dateOfBirth: new Date(Date.now() - 400 * 86_400_000),
    },
  });
  const memberships: Record<string, string> = {};
  for (const key of ["bundleParent", "bundleWorker"] as const) {
    const membership = await db.membership.create({
      data: {
        familyId: elm.id,
        personId: people[key].id,
        role: e2ePeople[key].role,
      },
    });
    memberships[key] = membership.id;
  }
  const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(10 - prefix.length, "0")}`;
  const content = {
    level: "CHILD_PROTECTION",
    category: "NEGLECT",
    initialConferenceDate: "2026-10-01",
    nextReviewDate: "2027-01-10",
    worries: [1, 2, 3].map((n) => ({
      id: id("worry", n),
      professional: `Risk of neglect of Ash's basic care needs, part ${n}, as set out at the initial child protection conference.`,
      plain: `We worry that Ash may not get meals, clean clothes or a safe place to sleep when things are hard at home (${n}).`,
    })),
    complicatingFactors: [
      {
        id: id("factor", 1),
        text: "Mum has been unwell and the family has little money this winter.",
      },
    ],
    workingWell: [1, 2].map((n) => ({
      id: id("well", n),
      text: `Nan visits most days and Ash is happy at nursery (${n}).`,
    })),
    goals: [1, 2, 3].map((n) => ({
      id: id("goal", n),
      worryId: id("worry", n),
      text: `Ash has three meals a day, clean clothes and a safe bed every night (${n}).`,
    })),
    actions: [1, 2, 3, 4].map((n) => ({
      id: id("action", n),
      what: `Go to the core group meeting and check the safety plan together (${n}).`,
      whoMembershipId: n % 2 ? memberships.bundleParent : null,
      whoName: n % 2 ? "" : "Health visitor",
      byWhen: "2026-12-01",
      status: "NOT_STARTED",
    })),
    ifNotFollowed: "The core group meets again within a week to make the plan stronger.",
    scalingQuestion: "How safe is Ash at home, from 0 to 10?",
  };
  await db.planVersion.create({
    data: {
      familyId: elm.id,
      number: 1,
      content,
      publishedById: people.bundleWorker.id,
    },
  });

  // The safety rules journey: a family with a published plan holding one worry.
  const rowan = await db.family.create({
    data: { name: e2eRulesFamily.name, organisationId: organisation.id },
  });
  await db.child.create({
    data: {
      familyId: rowan.id,
      firstName: e2eRulesFamily.child,
      dateOfBirth: new Date(Date.now() - 200 * 86_400_000),
    },
  });
  for (const key of ["rulesParent", "rulesNan", "rulesAunt", "rulesWorker", "rulesDad"] as const) {
    await db.membership.create({
      data: {
        familyId: rowan.id,
        personId: people[key].id,
        role: e2ePeople[key].role,
      },
    });
  }
  await db.planVersion.create({
    data: {
      familyId: rowan.id,
      number: 1,
      content: {
        ...content,
        worries: [
          {
            id: "rowanworry01",
            professional: "Risk of neglect arising from parental alcohol misuse.",
            plain: e2eRulesFamily.worry,
          },
        ],
        goals: [
          {
            id: "rowangoal001",
            worryId: "rowanworry01",
            text: "Finn always has a sober adult with him.",
          },
        ],
        actions: [],
      },
      publishedById: people.rulesWorker.id,
    },
  });

  // The adviser journey: the shared family with everything (as the Vitest isolation sweep and the
  // budgets use it), showing its adviser all but the plan; a rule answers the plan's one worry.
  await createFamilyWithEverything({
    marker: e2eAdviserFamily.marker,
    name: e2eAdviserFamily.name,
    childName: e2eAdviserFamily.child,
    people: {
      parent: e2ePeople.larchParent,
      practitioner: e2ePeople.larchWorker,
      adviser: e2ePeople.larchAdviser,
    },
    plan: () => ({
      initialConferenceDate: content.initialConferenceDate,
      nextReviewDate: content.nextReviewDate,
      worries: [
        {
          id: "larchworry01",
          professional: "Risk of neglect when the parent's mental health is poor.",
          plain: e2eAdviserFamily.worry,
        },
      ],
      goals: [{ id: "larchgoal001", worryId: "larchworry01", text: "Ivy has her meals every day." }],
    }),
    adviserSees: ["rules", "meetings", "network"],
  });

  // The family space journeys: the council's staff, and a family the old worker opened.
  const staff = Object.fromEntries(
    await Promise.all(
      Object.entries(e2eStaff).map(async ([key, person]) => {
        const added = await addStaffMember({
          organisationId: organisation.id,
          actorId: null,
          input: {
            email: person.email,
            name: person.name,
            role: person.role,
            partnerId: undefined,
            partnerName: undefined,
          },
          notify: false,
        });
        if (!added.ok) throw new Error(added.error);
        return [key, { id: added.personId }] as const;
      }),
    ),
  );
  await openFamilySpace({
    organisationId: organisation.id,
    socialWorkerId: staff.oldWorker.id,
    input: {
      name: e2eCedarFamily.name,
      children: [
        {
          firstName: e2eCedarFamily.child,
          dateOfBirth: new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10),
          dueDate: null,
        },
      ],
      category: "EMOTIONAL_ABUSE",
      conferenceDate: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
    },
    request: new Request("http://e2e.invalid/families/new", { method: "POST" }),
  });
  // The caseload journey: a social worker of the council, practitioner of two families; in one
  // the parent wrote a rule and reported it broken, and nothing is recorded about it yet.
  const caseloadWorker = await addStaffMember({
    organisationId: organisation.id,
    actorId: null,
    input: {
      ...e2ePeople.caseloadWorker,
      role: "SOCIAL_WORKER",
      partnerId: undefined,
      partnerName: undefined,
    },
    notify: false,
  });
  if (!caseloadWorker.ok) throw new Error(caseloadWorker.error);
  for (const [spec, parentKey] of [
    [e2eCaseloadFamily, "caseloadParent"],
    [e2eQuietFamily, "quietParent"],
  ] as const) {
    const family = {
      id: (
        await openFamilySpace({
          organisationId: organisation.id,
          socialWorkerId: caseloadWorker.personId,
          input: {
            name: spec.name,
            children: [
              {
                firstName: spec.child,
                dateOfBirth: new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10),
                dueDate: null,
              },
            ],
            category: "NEGLECT",
            conferenceDate: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
          },
          request: new Request("http://e2e.invalid/families/new", { method: "POST" }),
        })
      ).familyId,
    };
    const parent = await db.membership.create({
      data: { familyId: family.id, personId: people[parentKey].id, role: "PARENT" },
    });
    if (spec === e2eQuietFamily) {
      // Nothing waiting: the core group after the conference was held, and the review is booked.
      const practitioner = await db.membership.findFirstOrThrow({
        where: { familyId: family.id, personId: caseloadWorker.personId },
        select: { id: true },
      });
      const workerAccess: FamilyAccess = {
        person: {
          id: caseloadWorker.personId,
          name: e2ePeople.caseloadWorker.name,
          language: "en",
          sessionId: "seed",
        },
        familyId: family.id,
        membershipId: practitioner.id,
        role: "PRACTITIONER",
        familyName: spec.name,
        organisationName: organisation.name,
      };
      for (const [kind, days] of [
        ["CORE_GROUP", -15],
        ["REVIEW_CONFERENCE", 40],
      ] as const) {
        const startsAt = new Date(Date.now() + days * 86_400_000);
        const booked = await bookMeeting({
          access: workerAccess,
          input: {
            kind,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 3_600_000),
            place: "Town hall",
            onlineLink: "",
          },
          invitees: [people[parentKey].id, caseloadWorker.personId],
        });
        if (!booked.ok) throw new Error(booked.error);
      }
      continue;
    }
    const access: FamilyAccess = {
      person: {
        id: people[parentKey].id,
        name: e2ePeople[parentKey].name,
        language: "en",
        sessionId: "seed",
      },
      familyId: family.id,
      membershipId: parent.id,
      role: "PARENT",
      familyName: spec.name,
      organisationName: organisation.name,
    };
    const request = () => new Request("http://localhost/e2e/seed");
    const ruleId = await proposeRule({
      access,
      data: {
        text: "Jay is never left alone at tea time.",
        worryId: "",
        warningSigns: "",
        ifBroken: "",
        whoToCall: "",
        involved: [parent.id],
        checkers: [],
      },
      request: request(),
    });
    await createReport({
      access,
      ruleId,
      input: {
        kind: "BROKEN",
        whatHappened: e2eCaseloadFamily.report,
        happenedOn: "2026-11-30",
        happenedAt: "",
      },
      request: request(),
    });
  }
  return organisation.id;
}

// The questions journey: a family whose social worker is staff of the test council (so the
// caseload lists it), a kinship carer who asks and a parent who must not read the thread.
async function seedQuestions(organisationId: string) {
  const organisation = { id: organisationId };
  const worker = await addStaffMember({
    organisationId: organisation.id,
    actorId: null,
    input: { ...e2ePeople.askWorker, role: "SOCIAL_WORKER", partnerId: undefined, partnerName: undefined },
    notify: false,
  });
  if (!worker.ok) throw new Error(worker.error);
  const { familyId } = await openFamilySpace({
    organisationId: organisation.id,
    socialWorkerId: worker.personId,
    input: {
      name: e2eQuestionsFamily.name,
      children: [
        {
          firstName: e2eQuestionsFamily.child,
          dateOfBirth: new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10),
          dueDate: null,
        },
      ],
      category: "NEGLECT",
      conferenceDate: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
    },
    request: new Request("http://e2e.invalid/families/new", { method: "POST" }),
  });
  for (const key of ["askCarer", "askParent"] as const) {
    const person = await db.person.findUniqueOrThrow({
      where: { email: e2ePeople[key].email },
      select: { id: true },
    });
    await db.membership.create({ data: { familyId, personId: person.id, role: e2ePeople[key].role } });
  }
}

// The organisation admin journey's own council, its admin and a social worker, added as an admin would.
async function seedOrganisation() {
  const council = await db.organisation.create({
    data: { name: e2eOrganisation.name, kind: "LOCAL_AUTHORITY" },
    select: { id: true },
  });
  const add = async (
    person: { email: string; name: string },
    role: "ADMIN" | "SOCIAL_WORKER",
    actorId: string | null,
  ) => {
    const added = await addStaffMember({
      organisationId: council.id,
      actorId,
      input: { ...person, role, partnerId: undefined, partnerName: undefined },
      notify: false,
    });
    if (!added.ok) throw new Error(added.error);
    return added.personId;
  };
  const adminId = await add(e2eOrganisation.admin, "ADMIN", null);
  await add(e2eOrganisation.leaving, "SOCIAL_WORKER", adminId);
}

main()
  .then(seedQuestions)
  .then(seedOrganisation)
  .then(() => db.$disconnect());
