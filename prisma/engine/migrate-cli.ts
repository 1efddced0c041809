// Usage: npm run db:migrate
// Applies pending migrations to DATABASE_URL, or to the embedded PGlite in PGLITE_DIR
// when DATABASE_URL is not set. Compatible with `prisma migrate deploy`.
import { env } from "../../lib/env.ts";
import { createDbHandle, dbTargetFrom } from "../../lib/server/db/create-prisma-client.ts";
import { applyMigrations } from "./apply-migrations.ts";

const config = env();
const target = dbTargetFrom(config);
const handle = createDbHandle(target);
try {
  const applied = await applyMigrations(handle.adapterFactory);
  const where = target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${config.pgliteDir})`;
  console.log(applied.length ? `Đã áp dụng ${applied.length} migration vào ${where}: ${applied.join(", ")}` : `${where}: không có migration mới.`);
} finally {
  await handle.close();
}
