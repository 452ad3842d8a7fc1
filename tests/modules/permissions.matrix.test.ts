import { describe, expect, it } from "vitest";

import { can, invitableRoles, joinsWithoutApproval } from "~/modules/permissions/can";
import { entityActions, familyRoles, permissionMatrix, type FamilyRole } from "~/modules/permissions/matrix";

// Each role's rights in words. If the matrix changes, this table must change with it.
const Y = true;
const N = false;
//                                          PARENT KINSHIP NETWORK ADVISER PRACT
const table: [string, string, boolean[]][] = [
  ["family", "view",                         [Y, Y, Y, Y, Y]],
  ["plan", "view",                           [Y, Y, Y, N, Y]],
  ["plan", "respond",                        [Y, Y, Y, N, N]],
  ["plan", "rate",                           [Y, Y, Y, N, Y]],
  ["plan", "correct",                        [Y, Y, Y, N, N]],
  ["plan", "write",                          [N, N, N, N, Y]],
  ["plan", "publish",                        [N, N, N, N, Y]],
  ["rules", "view",                          [Y, Y, Y, N, Y]],
  ["rules", "propose",                       [Y, Y, N, N, N]],
  ["rules", "endorse",                       [N, N, N, N, Y]],
  ["commitments", "view",                    [Y, Y, Y, N, Y]],
  ["commitments", "offer",                   [Y, Y, Y, N, N]],
  ["commitments", "accept",                  [Y, Y, N, N, Y]],
  ["commitments", "checkIn",                 [Y, Y, Y, N, N]],
  ["commitments", "edit",                    [Y, Y, Y, N, N]],
  ["commitments", "pauseOrEnd",              [Y, Y, Y, N, Y]],
  ["meetings", "view",                       [Y, Y, Y, N, Y]],
  ["meetings", "schedule",                   [N, N, N, N, Y]],
  ["network", "view",                        [Y, Y, Y, Y, Y]],
  ["network", "viewContactDetails",          [Y, Y, Y, Y, Y]],
  ["network", "viewPrivateContactDetails",   [N, N, N, N, Y]],
  ["network", "shareContactDetails",         [Y, Y, Y, Y, Y]],
  ["network", "inviteNetworkMember",         [Y, N, N, N, Y]],
  ["network", "inviteAdviser",               [Y, N, N, N, Y]],
  ["network", "inviteAnyRole",               [N, N, N, N, Y]],
  ["network", "approve",                     [N, N, N, N, Y]],
  ["network", "remove",                      [N, N, N, N, Y]],
  ["help", "view",                           [Y, Y, Y, Y, Y]],
  ["help", "share",                          [N, N, N, Y, Y]],
  ["activity", "view",                       [Y, N, N, N, Y]],
];
const columns: FamilyRole[] = ["PARENT", "KINSHIP_CARER", "NETWORK_MEMBER", "ADVISER", "PRACTITIONER"];

describe("permission matrix", () => {
  it("covers every entity and action exactly once in the table", () => {
    const fromMatrix = Object.entries(entityActions).flatMap(([entity, actions]) => actions.map((action) => `${entity}.${action}`));
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

  it("grants only actions that exist for the entity", () => {
    for (const role of familyRoles) {
      for (const [entity, actions] of Object.entries(permissionMatrix[role])) {
        for (const action of actions) expect(entityActions[entity as keyof typeof entityActions]).toContain(action);
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
