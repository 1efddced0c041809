import type pg from "pg";

/**
 * The bench's own bookkeeping, in a schema of its own (not the application's `public`, so the
 * migrations and the schema test never see it): every step a run took, so that the next run
 * on the same data set takes fresh ones and the data set stays usable run after run.
 */
export async function prepareBenchSchema(pool: pg.Pool): Promise<void> {
  await pool.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await pool.query(
    `CREATE TABLE IF NOT EXISTS bench.used_steps (step_id text PRIMARY KEY, run_at timestamptz NOT NULL DEFAULT now(), purpose text NOT NULL)`,
  );
}

export async function markStepsUsed(pool: pg.Pool, stepIds: readonly string[], purpose: string): Promise<void> {
  if (stepIds.length === 0) return;
  await pool.query(
    `INSERT INTO bench.used_steps (step_id, purpose) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`,
    [stepIds, purpose],
  );
}
