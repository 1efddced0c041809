// Usage: npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the changes to schema.prisma,
// like `prisma migrate dev --create-only`, without the native engine or a database server.
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema } from "./diff-schema";
import { migrationsDir } from "./migrations-list";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9_]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("Cho biết tên migration: npm run db:migration -- add_signal_table");
  process.exit(2);
}
const sql = (await diffMigrationsToSchema()).trim();
if (!sql || /^-- This is an empty migration\.?$/.test(sql)) {
  console.log("schema.prisma và prisma/migrations đã khớp: không có gì để ghi.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
const lock = path.join(migrationsDir, "migration_lock.toml");
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
console.log(`Đã ghi ${path.relative(process.cwd(), dir)}/migration.sql`);
