import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TClassifyContext } from "@/lib/server/settings/get-classify-context";
import { findTaskWindow } from "./find-task-window";
import type { TClassificationCategory } from "@/lib/domain/classification";
import { taskListWhere, taskStateWhere, type TTaskListFilters } from "./task-list-where";

/** The list order's key of the last task served: its deadline (ISO) and id. */
export type TTaskKey = { d: string; i: string };

/**
 * One keyset page of the tasks findTaskWindow lists (the API's GET /tasks): those strictly
 * after `after` in list order, so a write between two pages neither repeats nor skips a task.
 */
export async function findTaskPage(
  actor: TActor,
  input: TTaskListFilters & { state?: TClassificationCategory; after: TTaskKey | null; limit: number },
  c: TClassifyContext,
  smallScopeRows?: number,
) {
  const { after } = input;
  const afterWhere = after
    ? { OR: [{ deadline: { gt: new Date(after.d) } }, { deadline: new Date(after.d), id: { gt: after.i } }] }
    : {};
  const { tasks } = await findTaskWindow(
    actor,
    [...taskListWhere(input), input.state ? taskStateWhere(input.state, c) : {}, afterWhere],
    { skip: 0, take: input.limit + 1 },
    { smallScopeRows },
  );
  return { items: tasks.slice(0, input.limit), hasMore: tasks.length > input.limit };
}
