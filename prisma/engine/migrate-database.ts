import type { TEnv } from "../../lib/env.ts";
import { createDbHandle, dbTargetFrom, type TDbHandle } from "../../lib/server/db/create-prisma-client.ts";
import { applyMigrations } from "./apply-migrations.ts";
import { grantAppRole } from "./grant-app-role.ts";
import { installJobQueue } from "../../lib/server/jobs/install-job-queue.ts";
import { JOB_TABLE } from "../../lib/server/jobs/job-table.ts";

/**
 * Opens the database as its owner (MIGRATION_DATABASE_URL, else DATABASE_URL, else PGlite),
 * applies pending migrations and, on PostgreSQL, installs pg-boss's schema and the job queues
 * (lib/server/jobs), then grants the application's role (the user of DATABASE_URL) its row
 * privileges on both schemas. Returns the owner's handle, for the seed.
 */
export async function migrateDatabase(
  config: TEnv,
): Promise<{ handle: TDbHandle; applied: string[]; appRole: string | null }> {
  const handle = createDbHandle(dbTargetFrom({ ...config, databaseUrl: config.migrationDatabaseUrl }));
  try {
    const applied = await applyMigrations(handle.adapterFactory);
    if (config.migrationDatabaseUrl) await installJobQueue(config.migrationDatabaseUrl, JOB_TABLE);
    const granted =
      config.databaseUrl && config.migrationDatabaseUrl
        ? await grantAppRole(config.migrationDatabaseUrl, config.databaseUrl)
        : null;
    return { handle, applied, appRole: granted?.role ?? null };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
