import "server-only";
import type { TDb } from "./prisma";

/**
 * On PostgreSQL, a warning when the application connects as a role that could silence the
 * audit trail's guards: a superuser (session_replication_role = replica skips triggers) or the
 * tables' owner, or a member of it (ALTER TABLE … DISABLE TRIGGER, TRUNCATE). Null when the role
 * may only read and write rows, as `npm run db:migrate` grants it (README, "Two database roles").
 */
export async function findAppRoleRisk(prisma: TDb): Promise<string | null> {
  const [row] = await prisma.$queryRaw<{ role: string; risky: boolean }[]>`
    SELECT current_user::text AS role, (r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER')) AS risky
    FROM pg_roles r, pg_class c
    WHERE r.rolname = current_user AND c.oid = '"Event"'::regclass`;
  if (!row?.risky) return null;
  return `Ứng dụng kết nối PostgreSQL bằng vai trò ${row.role}, là superuser hoặc chủ sở hữu bảng: vai trò này có thể tắt trigger bảo vệ nhật ký. Đặt MIGRATION_DATABASE_URL cho vai trò sở hữu và DATABASE_URL cho một vai trò chỉ đọc/ghi dòng.`;
}
