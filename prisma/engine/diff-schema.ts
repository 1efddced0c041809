import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readFileSync } from "node:fs";
import { loadSchemaEngine, withSchemaEngineExclusive } from "./load-schema-engine";
import { noFilters, readMigrationsList, schemaPath } from "./migrations-list";

/**
 * The SQL that takes a database from the committed migrations to prisma/schema.prisma;
 * empty when they agree. A throw-away in-memory PGlite serves as the shadow database.
 */
export function diffMigrationsToSchema(): Promise<string> {
  return withSchemaEngineExclusive(diffOnce);
}

async function diffOnce(): Promise<string> {
  const shadow = new PGlite();
  const engine = await loadSchemaEngine(schemaPath, new PrismaPGlite(shadow));
  try {
    const list = readMigrationsList();
    const from = list.migrationDirectories.length ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as Parameters<typeof engine.diff>[0]);
    return result.stdout ?? "";
  } finally {
    engine.free();
    await shadow.close();
  }
}
