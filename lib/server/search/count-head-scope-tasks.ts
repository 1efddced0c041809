import "server-only";
import { db } from "@/lib/server/db/prisma";

/**
 * How many tasks a head's subtree involves: the distinct task ids of the subtree's TaskUnit
 * rows, read from the (unitId, taskId) index alone. Equal to counting the tasks under
 * taskScopeWhere (TaskUnit's task id is a foreign key to Task, deleted with it), at a hundredth
 * of the pages for a province: no task row is read.
 */
export async function countHeadScopeTasks(subtreePath: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT DISTINCT tu."taskId"
      FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId"
      WHERE starts_with(u.path, ${subtreePath})
    ) AS scope`;
  return row.n;
}
