// Whether a rule counts yet. Pure, so the pages and the tests share one definition.

export type Answer = "AGREE" | "NOT_YET" | "DISAGREE" | "ENDORSE";
export type AnswerRow = { membershipId: string; answer: Answer; reason: string; createdAt: Date | string };

/**
 * waiting: someone the rule names has not agreed yet; waitingForWorker: everyone it names has
 * agreed and only the social worker's yes is missing.
 */
export type RuleState = "agreed" | "waiting" | "waitingForWorker" | "retired";

export type RuleStatus = {
  state: RuleState;
  endorsed: boolean;
  /** The people the rule is about who have not agreed yet, with their answer so far (or none). */
  stillToAgree: {
    membershipId: string;
    answer: Exclude<Answer, "ENDORSE" | "AGREE"> | null;
    reason: string;
  }[];
};

/** Each member's newest answer on one version. */
export function currentAnswers(rows: AnswerRow[]): Map<string, AnswerRow> {
  const sorted = [...rows].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  const newest = new Map<string, AnswerRow>();
  for (const row of sorted) if (row.answer !== "ENDORSE") newest.set(row.membershipId, row);
  return newest;
}

/**
 * A rule is agreed when every person it is about has agreed to this version (their newest
 * answer) and the practitioner has endorsed this version. A retired rule is retired, whatever
 * was said.
 */
export function ruleStatus({
  involved,
  answers,
  retired,
}: {
  involved: string[];
  answers: AnswerRow[];
  retired: boolean;
}): RuleStatus {
  const newest = currentAnswers(answers);
  const endorsed = answers.some((row) => row.answer === "ENDORSE");
  const stillToAgree = involved
    .filter((membershipId) => newest.get(membershipId)?.answer !== "AGREE")
    .map((membershipId) => {
      const row = newest.get(membershipId);
      return {
        membershipId,
        answer: (row?.answer ?? null) as RuleStatus["stillToAgree"][number]["answer"],
        reason: row?.reason ?? "",
      };
    });
  const state: RuleState = retired
    ? "retired"
    : stillToAgree.length > 0
      ? "waiting"
      : endorsed
        ? "agreed"
        : "waitingForWorker";
  return { state, endorsed, stillToAgree };
}

/** What someone can report about a rule. Plain data: the report form shows one choice each. */
export const reportKinds = ["BROKEN", "WARNING_SIGN"] as const;
