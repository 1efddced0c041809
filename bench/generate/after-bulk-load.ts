import type pg from 'pg';

/**
 * Runs once the bulk rows and their indexes are in place, before anything is measured: the
 * bulk load bypassed the triggers that keep the roll-up cells, so they are recounted from the
 * rows; then VACUUM (ANALYZE) gives the planner its statistics and the visibility map that
 * index-only scans need, so autovacuum does not start in the middle of the measurements.
 */
export async function afterBulkLoad(client: pg.ClientBase): Promise<void> {
  await client.query('SELECT "rollup_cells_rebuild"()');
  await client.query('VACUUM (ANALYZE)');
}
