import type pg from "pg";

/**
 * Session settings for one bulk-loading connection. temp_buffers must be set before the first
 * temporary table is touched. `replica` skips triggers, foreign-key checks included: the
 * generator builds consistent rows itself, and checking tens of millions of references one by
 * one would cost more than the rest of the load.
 */
export async function prepareSession(client: pg.ClientBase): Promise<void> {
  await client.query(`SET temp_buffers = '2GB'`);
  await client.query(`SET work_mem = '512MB'`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`SET max_parallel_maintenance_workers = 2`);
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET session_replication_role = replica`);
  // Every random() of the generator follows from this seed (ids come from gen_random_uuid()).
  await client.query(`SELECT setseed(0.42)`);
}

export async function endBulkSession(client: pg.ClientBase): Promise<void> {
  await client.query(`SET session_replication_role = origin`);
}
