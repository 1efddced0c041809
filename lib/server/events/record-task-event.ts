import "server-only";
import { insertEvent, type TEventInput, type TTaskEventKind } from "./record-event";
import { markTaskTouched, type TTaskTx } from "./write-task-change";

/** A task event: its task is named, since the signals to refresh are that task's. */
export type TTaskEventInput = TEventInput<TTaskEventKind> & { taskId: string };

/**
 * Records an event about the work on a task, in the transaction writeTaskChange opened (the
 * only place a TTaskTx comes from), and marks the task so that its signals are recomputed
 * before that transaction commits.
 */
export function recordTaskEvent(tx: TTaskTx, e: TTaskEventInput) {
  markTaskTouched(tx, e.taskId, e.actorId);
  return insertEvent(tx, e);
}
