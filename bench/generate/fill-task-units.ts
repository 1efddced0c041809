import type pg from "pg";
import { dropDeferredIndexes, recreateIndexes } from "./deferred-indexes.ts";

/**
 * The bulk load bypassed the triggers that keep TaskUnit (the units each task involves) and
 * Task.scopeUnitIds (read by every scope filter), so both are recounted from the rows, like the
 * roll-up cells: TaskUnit with its indexes dropped and its foreign keys unchecked (the rows come
 * from the tables they point to), then indexed once; Task rewritten afterwards, as writing every
 * task's scope left a dead version of each row. Returns the number of TaskUnit rows.
 */
export async function fillTaskUnits(client: pg.ClientBase): Promise<number> {
  const deferred = await dropDeferredIndexes(client, ["TaskUnit"]);
  await client.query(`SET session_replication_role = replica`);
  try {
    await client.query('SELECT "task_units_rebuild"()');
    await client.query('SELECT "task_scope_rebuild"()');
  } finally {
    await client.query(`SET session_replication_role = origin`);
  }
  await recreateIndexes(client, deferred);
  // Writing every task's scope left a dead version of each row: the table twice its size.
  await client.query('VACUUM (FULL) "Task"');
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "TaskUnit"');
  return Number(rows[0].n);
}
