import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";

export const schemaPath = path.resolve(import.meta.dirname, "../schema.prisma");
export const migrationsDir = path.resolve(import.meta.dirname, "../migrations");

/** Reads prisma/migrations exactly as the Prisma CLI does before `migrate deploy` or `migrate dev`. */
export function readMigrationsList(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };
