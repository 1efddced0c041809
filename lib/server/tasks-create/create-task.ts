import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCreateTask } from "@/lib/schemas/task";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadTaskOrigin } from "./load-task-origin";
import { insertTask } from "./insert-task";

/**
 * Assigns a task under a directive (or splits a task into a sub-task): in one transaction,
 * the task with its search text, its coordinating units, one step per template step with
 * exactly one accountable person (the first waiting for its owner, the others pending), a
 * TASK_CREATED event and one STEP_ASSIGNED event per step. Warnings (a last step due after
 * the task) do not block; they are returned for the form to show. `recurrence` marks an
 * instance the recurring-tasks job creates (on the task and in its TASK_CREATED event); the
 * unique (recurrenceId, recurrencePeriod) makes a second instance of a period fail.
 */
export async function createTask(
  actor: TActor,
  input: TCreateTask,
  now: Date,
  recurrence?: { id: string; period: string },
) {
  return writeTaskChange(now, async (tx) => {
    const origin = await loadTaskOrigin(tx, actor, input);
    return insertTask(tx, actor, input, now, origin, recurrence);
  });
}
