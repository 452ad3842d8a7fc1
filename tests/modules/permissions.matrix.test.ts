import { describe, expect, it } from "vitest";

import { can, canInOrganisation, invitableRoles, joinsWithoutApproval } from "~/modules/permissions/can";
import {
  entityActions,
  familyRoles,
  organisationEntityActions,
  organisationMatrix,
  organisationRoles,
  permissionMatrix,
  type FamilyRole,
} from "~/modules/permissions/matrix";

// Each role's rights in words. If the matrix changes, this table must change with it.
const Y = true;
const N = false;
//                                          PARENT KINSHIP NETWORK ADVISER PRACT
const table: [string, string, boolean[]][] = [
  ["family", "view", [Y, Y, Y, Y, Y]],
  ["plan", "view", [Y, Y, Y, N, Y]],
  ["plan", "respond", [Y, Y, Y, N, N]],
  ["plan", "rate", [Y, Y, Y, N, Y]],
  ["plan", "correct", [Y, Y, Y, N, N]],
  ["plan", "write", [N, N, N, N, Y]],
  ["plan", "publish", [N, N, N, N, Y]],
  // End the plan with a reason, or restart it while the space is read-only.
  ["plan", "end", [N, N, N, N, Y]],
  ["rules", "view", [Y, Y, Y, N, Y]],
  ["rules", "propose", [Y, Y, Y, N, N]],
  ["rules", "agree", [Y, Y, Y, N, N]],
  ["rules", "endorse", [N, N, N, N, Y]],
  ["rules", "retire", [N, N, N, N, Y]],
  ["rules", "discuss", [Y, Y, Y, N, Y]],
  ["rules", "report", [Y, Y, Y, N, N]],
  ["rules", "recordOutcome", [N, N, N, N, Y]],
  ["commitments", "view", [Y, Y, Y, N, Y]],
  ["commitments", "offer", [Y, Y, Y, N, N]],
  ["commitments", "accept", [Y, Y, N, N, Y]],
  ["commitments", "checkIn", [Y, Y, Y, N, N]],
  ["commitments", "edit", [Y, Y, Y, N, N]],
  ["commitments", "pauseOrEnd", [Y, Y, Y, N, Y]],
  ["meetings", "view", [Y, Y, Y, N, Y]],
  ["meetings", "schedule", [N, N, N, N, Y]],
  ["meetings", "reply", [Y, Y, Y, N, N]],
  ["meetings", "note", [Y, Y, Y, N, N]],
  ["meetings", "markPapers", [Y, Y, Y, N, N]],
  ["meetings", "writeReport", [Y, Y, N, N, N]],
  ["meetings", "shareReport", [Y, Y, N, N, N]],
  // What was decided: the social worker records it; invited members read and answer it (an
  // adviser is never invited to a meeting, so neither, whatever the family shows them).
  ["meetings", "recordOutcome", [N, N, N, N, Y]],
  ["meetings", "viewOutcome", [Y, Y, Y, N, Y]],
  ["meetings", "answerOutcome", [Y, Y, Y, N, N]],
  // A paper written as sections: the social worker writes them and answers the marks; every
  // invited family member may say a section is wrong (an adviser reads, never marks).
  ["meetings", "writeSections", [N, N, N, N, Y]],
  ["meetings", "markSection", [Y, Y, Y, N, N]],
  ["meetings", "answerMark", [N, N, N, N, Y]],
  // An adviser's plan, rules, meetings and network rights depend on the family (below).
  ["network", "view", [Y, Y, Y, N, Y]],
  ["network", "viewContactDetails", [Y, Y, Y, N, Y]],
  ["network", "viewPrivateContactDetails", [N, N, N, N, Y]],
  ["network", "shareContactDetails", [Y, Y, Y, N, Y]],
  ["network", "inviteNetworkMember", [Y, N, N, N, Y]],
  ["network", "inviteAdviser", [Y, N, N, N, Y]],
  ["network", "inviteAnyRole", [N, N, N, N, Y]],
  ["network", "approve", [N, N, N, N, Y]],
  ["network", "remove", [N, N, N, N, Y]],
  ["help", "view", [Y, Y, Y, Y, Y]],
  ["help", "share", [N, N, N, Y, Y]],
  ["activity", "view", [Y, N, N, N, Y]],
  ["adviserAccess", "view", [Y, Y, N, N, Y]],
  ["adviserAccess", "change", [Y, Y, N, N, N]],
  ["contact", "view", [N, Y, N, N, Y]],
  ["contact", "write", [N, Y, N, N, Y]],
  // Everyone may open the diary; it lists only entries they wrote or were chosen to read.
  ["diary", "view", [Y, Y, Y, Y, Y]],
  ["diary", "write", [N, Y, N, N, N]],
  // Only in threads the person asked or was asked (the queries decide); family members ask.
  ["questions", "view", [Y, Y, Y, Y, Y]],
  ["questions", "ask", [Y, Y, Y, N, N]],
  ["questions", "reply", [Y, Y, Y, Y, Y]],
];

// What an adviser may do in the parts the family shows them (with only a role, none of it).
const shownToAdviser: [string, string, boolean][] = [
  ["plan", "view", Y],
  ["plan", "respond", N],
  ["plan", "write", N],
  ["rules", "view", Y],
  ["rules", "propose", N],
  ["meetings", "view", Y],
  ["meetings", "schedule", N],
  ["meetings", "viewOutcome", N],
  ["meetings", "answerOutcome", N],
  ["meetings", "markSection", N],
  ["network", "view", Y],
  ["network", "viewContactDetails", Y],
  ["network", "shareContactDetails", Y],
  ["network", "viewPrivateContactDetails", N],
  ["commitments", "view", N],
];
const columns: FamilyRole[] = ["PARENT", "KINSHIP_CARER", "NETWORK_MEMBER", "ADVISER", "PRACTITIONER"];

describe("permission matrix", () => {
  it("covers every entity and action exactly once in the table", () => {
    const fromMatrix = Object.entries(entityActions).flatMap(([entity, actions]) =>
      actions.map((action) => `${entity}.${action}`),
    );
    expect(table.map(([entity, action]) => `${entity}.${action}`).sort()).toEqual(fromMatrix.sort());
    expect([...columns].sort()).toEqual([...familyRoles].sort());
  });

  for (const [entity, action, expected] of table) {
    columns.forEach((role, index) => {
      it(`${role} ${expected[index] ? "may" : "may not"} ${action} ${entity}`, () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        expect(can(role, entity as any, action as any)).toBe(expected[index]);
      });
    });
  }

  for (const [entity, action, expected] of shownToAdviser) {
    it(`an adviser shown ${entity} ${expected ? "may" : "may not"} ${action} it; hidden, may not`, () => {
      const shown = {
        role: "ADVISER" as const,
        adviserView: { plan: true, rules: true, meetings: true, network: true },
      };
      const hidden = {
        role: "ADVISER" as const,
        adviserView: { plan: false, rules: false, meetings: false, network: false },
      };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      expect(can(shown, entity as any, action as any)).toBe(expected);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      expect(can(hidden, entity as any, action as any)).toBe(false);
    });
  }

  it("leaves only reading, and the social worker's restart, once the plan has ended", () => {
    const readOnly = { role: "PRACTITIONER" as const, readOnly: true };
    expect(can(readOnly, "plan", "view")).toBe(true);
    expect(can(readOnly, "network", "viewPrivateContactDetails")).toBe(true);
    expect(can(readOnly, "plan", "end")).toBe(true);
    expect(can(readOnly, "plan", "publish")).toBe(false);
    expect(can(readOnly, "rules", "endorse")).toBe(false);
    expect(can({ role: "PARENT", readOnly: true }, "rules", "propose")).toBe(false);
    expect(can({ role: "PARENT", readOnly: true }, "plan", "end")).toBe(false);
    // What was decided stays readable, and can no longer be changed or answered.
    expect(can({ role: "PARENT", readOnly: true }, "meetings", "viewOutcome")).toBe(true);
    expect(can({ role: "PARENT", readOnly: true }, "meetings", "answerOutcome")).toBe(false);
    expect(can(readOnly, "meetings", "recordOutcome")).toBe(false);
  });

  it("grants only actions that exist for the entity", () => {
    for (const role of familyRoles) {
      for (const [entity, actions] of Object.entries(permissionMatrix[role])) {
        for (const action of actions)
          expect(entityActions[entity as keyof typeof entityActions]).toContain(action);
      }
    }
  });

  it("lets a parent invite network members and advisers, and a practitioner anyone", () => {
    expect(invitableRoles("PARENT")).toEqual(["NETWORK_MEMBER", "ADVISER"]);
    expect(invitableRoles("PRACTITIONER")).toHaveLength(5);
    expect(invitableRoles("NETWORK_MEMBER")).toEqual([]);
    expect(invitableRoles("ADVISER")).toEqual([]);
  });

  it("makes a network member invited by a parent wait for a practitioner, but not an adviser", () => {
    expect(joinsWithoutApproval("PARENT", "NETWORK_MEMBER")).toBe(false);
    expect(joinsWithoutApproval("PARENT", "ADVISER")).toBe(true);
    expect(joinsWithoutApproval("PRACTITIONER", "NETWORK_MEMBER")).toBe(true);
  });
});

// Organisation-level rights, in words.
//                                             ADMIN MANAGER SOCIAL ADVISER
const organisationTable: [string, string, boolean[]][] = [
  ["directory", "edit", [Y, Y, N, Y]],
  ["directory", "import", [Y, N, N, N]],
  ["directory", "export", [Y, Y, N, Y]],
  ["staff", "view", [Y, Y, N, N]],
  ["staff", "add", [Y, N, N, N]],
  ["staff", "remove", [Y, N, N, N]],
  ["settings", "view", [Y, Y, N, N]],
  ["settings", "change", [Y, N, N, N]],
  ["families", "list", [Y, Y, N, N]],
  ["families", "open", [N, Y, Y, N]],
  ["families", "handOver", [Y, Y, N, N]],
  ["caseload", "view", [N, Y, Y, N]],
];

describe("organisation permission matrix", () => {
  it("covers every organisation entity and action exactly once", () => {
    const fromMatrix = Object.entries(organisationEntityActions).flatMap(([entity, actions]) =>
      actions.map((action) => `${entity}.${action}`),
    );
    expect(organisationTable.map(([entity, action]) => `${entity}.${action}`).sort()).toEqual(
      fromMatrix.sort(),
    );
    expect([...organisationRoles]).toEqual(["ADMIN", "TEAM_MANAGER", "SOCIAL_WORKER", "ADVISER"]);
  });

  for (const [entity, action, expected] of organisationTable) {
    organisationRoles.forEach((role, index) => {
      it(`an organisation ${role} ${expected[index] ? "may" : "may not"} ${action} its ${entity}`, () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        expect(canInOrganisation([role], entity as any, action as any)).toBe(expected[index]);
      });
    });
  }

  it("gives nobody without a role any right", () => {
    expect(canInOrganisation([], "directory", "edit")).toBe(false);
    expect(canInOrganisation([], "families", "list")).toBe(false);
    expect(organisationMatrix.ADVISER.directory).not.toContain("import");
  });
});
