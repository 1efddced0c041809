import type pg from "pg";
import { fillTaskUnits } from "./fill-task-units.ts";

/**
 * Runs once the bulk rows and their indexes are in place, before anything is measured: the
 * bulk load bypassed the triggers that keep the roll-up cells and TaskUnit, so they are
 * recounted from the rows. The recount writes the people's cells in key order (unit, person,
 * month); a live database writes a month's cells as that month's work arrives, so they lie
 * together on disk, and CLUSTER by month puts them as that history would have. Like an import,
 * the bulk rows schedule their time-based signal checks (schedule_signal_checks), so that the
 * first sweep catches up with what is already due, as it would after a migration. Then VACUUM
 * (ANALYZE) gives the planner its statistics and the visibility map that index-only scans
 * need, so autovacuum does not start in the middle of the measurements.
 */
export async function afterBulkLoad(client: pg.ClientBase): Promise<void> {
  const taskUnits = await fillTaskUnits(client);
  console.log(`  ${taskUnits.toLocaleString("en-US")} task units`);
  await client.query('SELECT "rollup_cells_rebuild"()');
  await client.query('CLUSTER "RollupPersonCell" USING "RollupPersonCell_level_month_idx"');
  const {
    rows: [scheduled],
  } = await client.query<{ n: string }>(
    `SELECT "schedule_signal_checks"((now() AT TIME ZONE 'UTC')::timestamp(3)) AS n`,
  );
  console.log(`  ${Number(scheduled.n).toLocaleString("en-US")} tasks with a signal check scheduled`);
  await client.query("VACUUM (ANALYZE)");
}
