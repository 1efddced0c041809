import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationsList } from "../../../prisma/engine/migrations-list";

/**
 * A rule that both the triggers and the query builders call lives in one file,
 * prisma/sql-functions/<name>.sql. Migrations are append-only, so the file cannot be the
 * migration: the migration that (re)creates the function carries the file's text verbatim,
 * and this test fails when the file changed without a new migration copying it (or the
 * other way round), since the database only ever sees the migrations.
 */
const functionsDir = path.resolve(import.meta.dirname, "../../../prisma/sql-functions");
const files = readdirSync(functionsDir).filter((f) => f.endsWith(".sql"));
const migrations = readMigrationsList().migrationDirectories.map((m) => ({
  name: m.path,
  sql: m.migrationFile.content.tag === "ok" ? m.migrationFile.content.value : "",
}));

describe("prisma/sql-functions", () => {
  it("holds at least one function", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s is, verbatim, the latest definition of each function it creates in the migrations", (file) => {
    const source = readFileSync(path.join(functionsDir, file), "utf8").trim();
    const names = [...source.matchAll(/CREATE OR REPLACE FUNCTION "([a-z_]+)"\(/g)].map((m) => m[1]);
    expect(names, `${file} does not create the function it is named after`).toContain(path.basename(file, ".sql"));
    for (const name of names) {
      const defining = migrations.filter((m) => m.sql.includes(`FUNCTION "${name}"(`));
      expect(defining.length, `no migration creates "${name}"`).toBeGreaterThan(0);
      const latest = defining.at(-1)!;
      expect(latest.sql.includes(source), `${latest.name} does not contain ${file} verbatim`).toBe(true);
    }
  });
});
