// Pages with several forms post an `intent` ("reply", "note", ...). Each intent asks the matrix
// for one right, named here beside the matrix, so no route picks its own right from the form.
// The guard reads these tables (requireIntentPermission); an intent that is not in its page's
// table is refused with 400, after the guard has answered as it would for "view".
import type { Action, Entity } from "~/modules/permissions/matrix";

function intentsOf<E extends Entity, const R extends Record<string, Action<E>>>(entity: E, rights: R) {
  return { entity, rights };
}

export const pageIntents = {
  /** A meeting: say coming or not, write what I want to say, mark a paper, list a paper. */
  meeting: intentsOf("meetings", {
    reply: "reply",
    note: "note",
    mark: "markPapers",
    paper: "schedule",
    report: "writeReport",
    shareReport: "shareReport",
    answerOutcome: "answerOutcome",
  }),
  /** A commitment: agree to it, check in, pause, resume or end it. */
  /** A meeting paper's sections: say a section is wrong, the social worker's answer. */
  paper: intentsOf("meetings", { markSection: "markSection", answerMark: "answerMark" }),
  commitment: intentsOf("commitments", { accept: "accept", checkIn: "checkIn", status: "pauseOrEnd" }),
  /** A plan item: the family's view of it, ask for a correction, the social worker's answer. */
  /**
   * The plan editor: save the draft, publish it, or add or remove an item of a list. "list" is
   * not a button of ours: conform's Add and Remove buttons post `__intent__` (see plan-draft-page).
   */
  planDraft: intentsOf("plan", { save: "write", publish: "publish", list: "write" }),
  planItem: intentsOf("plan", { view: "respond", correction: "correct", answer: "write" }),
  /** A safety rule: answer it, endorse it, retire it, write under it. */
  rule: intentsOf("rules", { answer: "agree", endorse: "endorse", retire: "retire", comment: "discuss" }),
  /**
   * The network page: approve or remove a member. Cancelling an invitation needs only "view":
   * the module lets the inviter and the social worker cancel, and refuses anyone else.
   */
  /** Ending the plan: end it with a reason, or restart it while the space is read-only. */
  planEnd: intentsOf("plan", { end: "end", restart: "end" }),
  /** A question thread: reply in it; the asker's marks ("too much", "move this") need "ask". */
  question: intentsOf("questions", { reply: "reply", flag: "ask" }),
  network: intentsOf("network", { approve: "approve", remove: "remove", "cancel-invitation": "view" }),
};

export type IntentPage = keyof typeof pageIntents;
export type IntentOf<P extends IntentPage> = keyof (typeof pageIntents)[P]["rights"] & string;
