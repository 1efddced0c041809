import pg from "pg";
import { JOB_SCHEMA } from "../../lib/server/jobs/job-definition.ts";

/**
 * Makes the application's PostgreSQL role (the user of `appUrl`) able to read and write rows
 * of the database that `ownerUrl` owns, and nothing more: no TRUNCATE, no ownership (so it
 * cannot ALTER a table or DISABLE its triggers), no superuser (so it cannot set
 * session_replication_role = replica, which silences triggers). Run after every migration,
 * as the owner, so that new tables are granted too.
 *
 * The role is created when missing, if the owner may create roles. Roles are cluster-wide and
 * several runs may share a server: creation tolerates a concurrent twin, and an existing role
 * is never altered (its password stays what its administrator set).
 */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<{ role: string } | null> {
  const owner = decodeURIComponent(new URL(ownerUrl).username || "postgres");
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  if (!role || role === owner) return null;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const id = client.escapeIdentifier(role);
    await ensureRole(client, role, decodeURIComponent(app.password));
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    const tables = "SELECT, INSERT, UPDATE, DELETE";
    // Two GRANTs on one object at once fail with "tuple concurrently updated": runs that grant
    // in the same database take turns (an advisory lock is per database, so others do not wait).
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('trach_nhiem.grant_app_role'))");
    for (const sql of [
      `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(rows[0].db)} TO ${id}`,
      `GRANT USAGE ON SCHEMA public TO ${id}`,
      `GRANT ${tables} ON ALL TABLES IN SCHEMA public TO ${id}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${id}`,
      // In case an administrator once granted ALL: what would let it wipe or bypass the trail goes.
      `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${id}`,
      // The migration history is the owner's business.
      `REVOKE ALL ON TABLE "_prisma_migrations" FROM ${id}`,
      // Tables a later `prisma migrate deploy` creates (without this script) are granted too.
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${tables} ON TABLES TO ${id}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${id}`,
    ]) {
      await client.query(sql);
    }
    // pg-boss's schema (lib/server/jobs/install-job-queue.ts): its job, queue, schedule and
    // version rows, which the app reads and writes to run and schedule jobs; the owner keeps
    // the DDL (new queues are partitions only the owner of pgboss.job may attach).
    const { rowCount } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [JOB_SCHEMA]);
    if (rowCount) {
      const schema = client.escapeIdentifier(JOB_SCHEMA);
      for (const sql of [
        `GRANT USAGE ON SCHEMA ${schema} TO ${id}`,
        `GRANT ${tables} ON ALL TABLES IN SCHEMA ${schema} TO ${id}`,
        `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${schema} FROM ${id}`,
        `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT ${tables} ON TABLES TO ${id}`,
      ]) {
        await client.query(sql);
      }
    }
    await client.query("COMMIT");
    return { role };
  } finally {
    await client.end();
  }
}

async function ensureRole(client: pg.Client, role: string, password: string): Promise<void> {
  const existing = await client.query<{ unsafe: boolean }>(
    "SELECT rolsuper OR rolbypassrls OR pg_has_role(rolname, current_user, 'MEMBER') AS unsafe FROM pg_roles WHERE rolname = $1",
    [role],
  );
  if (existing.rows[0]?.unsafe) {
    throw new Error(
      `Vai trò ${role} của ứng dụng là superuser hoặc thành viên của vai trò sở hữu: nó có thể tắt trigger bảo vệ nhật ký. Hãy dùng một vai trò thường.`,
    );
  }
  if (existing.rows.length) return;
  const withPassword = password ? ` PASSWORD ${client.escapeLiteral(password)}` : "";
  try {
    await client.query(
      `CREATE ROLE ${client.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${withPassword}`,
    );
  } catch (e) {
    // A concurrent run created it between the check and here: 42710 (exists) or 23505 (caught mid-insert).
    const code = (e as { code?: string }).code;
    if (code === "42501") {
      throw new Error(
        `Vai trò ${role} của ứng dụng chưa có và vai trò sở hữu không được tạo vai trò: hãy tạo nó (CREATE ROLE ${role} LOGIN PASSWORD '…') rồi chạy lại.`,
        { cause: e },
      );
    }
    if (code !== "42710" && code !== "23505") throw e;
  }
}
