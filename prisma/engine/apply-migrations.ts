import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { loadSchemaEngine, withSchemaEngineExclusive } from "./load-schema-engine";
import { wholeScriptAdapter } from "./whole-script-adapter";
import { noFilters, readMigrationsList, schemaPath } from "./migrations-list";

/** Applies pending migrations and records them in _prisma_migrations, like `prisma migrate deploy`. */
export function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withSchemaEngineExclusive(async () => {
    const engine = await loadSchemaEngine(schemaPath, wholeScriptAdapter(adapterFactory));
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: readMigrationsList(),
        filters: noFilters,
      });
      return appliedMigrationNames;
    } finally {
      engine.free();
    }
  });
}
