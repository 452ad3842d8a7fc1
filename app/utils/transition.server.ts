// The one way a row moves from one state to another (commitments, meetings).
//
// Checking the state on a read and then writing by revision alone leaves a gap: a change that
// lands in between is undone by a write that never saw it. So the state a change leaves is part
// of the write's own condition, with the revision the person saw, and the database settles a
// race: of two changes from the same state, one lands and the other is told.

export type Transition<S extends string> = {
  /** The state (or states) the change leaves; the row must still be in one of them. */
  from: S | readonly S[];
  /** The revision the person saw, when the row is versioned. */
  revision?: number;
  /**
   * The conditional UPDATE: spread `still` into its where clause, map `revision` to the row's
   * version column, and return the count of rows changed.
   */
  write: (still: { state: { in: S[] }; revision: number | undefined }) => Promise<{ count: number }>;
};

/** Runs one conditional state change; true when it landed, false when the row had moved on. */
export async function transition<S extends string>({
  from,
  revision,
  write,
}: Transition<S>): Promise<boolean> {
  const states: S[] = typeof from === "string" ? [from as S] : [...(from as readonly S[])];
  const { count } = await write({ state: { in: states }, revision });
  return count === 1;
}
