// Usage: npm run db:migrate
// Applies pending migrations to PostgreSQL as the owner (MIGRATION_DATABASE_URL, else
// DATABASE_URL) and grants the application's role (DATABASE_URL's user) its row privileges;
// or to the embedded PGlite in PGLITE_DIR when DATABASE_URL is not set. Compatible with
// `prisma migrate deploy`.
import { env } from "../../lib/env.ts";
import { migrateDatabase } from "./migrate-database.ts";

const config = env();
const { handle, applied, appRole } = await migrateDatabase(config);
try {
  const where = config.databaseUrl ? "PostgreSQL" : `PGlite (${config.pgliteDir})`;
  console.log(
    applied.length
      ? `Đã áp dụng ${applied.length} migration vào ${where}: ${applied.join(", ")}`
      : `${where}: không có migration mới.`,
  );
  if (appRole)
    console.log(`Vai trò ứng dụng ${appRole}: chỉ được đọc, thêm, sửa, xóa dòng (không TRUNCATE, không sở hữu bảng).`);
} finally {
  await handle.close();
}
