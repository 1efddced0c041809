/** Thresholds an admin tunes (the `policy` Setting row); the same shape lib/server loads. */
export type TSignalPolicy = {
  /** An open item with at most this many working days left is "due soon". */
  dueSoonWorkingDays: number;
  /** An open step with no event for at least this many working days is stalled. */
  stalledAfterWorkingDays: number;
  /** More than this many reassignments in a row without progress is ping-pong. */
  pingPongReassignments: number;
  /** Working days overdue at which levels 2, 3 and 4 of the escalation ladder start. */
  escalationLadder: readonly number[];
};
