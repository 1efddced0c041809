import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { grantAppRole } from "../../prisma/engine/grant-app-role";

// PostgreSQL only: PGlite has a single user, and there the triggers are the guard.
const appUrl = inject("testDatabaseUrl");
const ownerUrl = inject("testOwnerDatabaseUrl");

async function asRole<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Runs `sql` in a transaction rolled back in any case; resolves to the error code it raised, or "ok". */
function attempt(url: string, sql: string): Promise<string> {
  return asRole(url, async (c) => {
    await c.query("BEGIN");
    try {
      await c.query(sql);
      return "ok";
    } catch (e) {
      return (e as { code?: string }).code ?? String(e);
    } finally {
      await c.query("ROLLBACK");
    }
  });
}

describe.runIf(appUrl && ownerUrl)("the application's PostgreSQL role", () => {
  it("is neither a superuser nor the owner of the tables, and may still read and write rows", async () => {
    const row = await asRole(
      appUrl!,
      async (c) =>
        (
          await c.query(`
      SELECT r.rolsuper, r.rolbypassrls, t.tableowner = current_user AS owns,
             has_table_privilege('"Event"', 'INSERT') AS can_insert, has_table_privilege('"Event"', 'TRUNCATE') AS can_truncate
      FROM pg_roles r, pg_tables t WHERE r.rolname = current_user AND t.tablename = 'Event'`)
        ).rows[0],
    );
    expect(row).toEqual({ rolsuper: false, rolbypassrls: false, owns: false, can_insert: true, can_truncate: false });
  });

  it.each([
    ["TRUNCATE", `TRUNCATE "Event"`],
    ["disabling the triggers", `ALTER TABLE "Event" DISABLE TRIGGER ALL`],
    ["replica mode, which skips triggers", `SET session_replication_role = replica`],
    ["dropping the guard", `DROP TRIGGER "Event_no_truncate" ON "Event"`],
    ["reading the migration history", `SELECT * FROM "_prisma_migrations"`],
    ["creating pg-boss's tables (the owner's, at db:migrate)", `CREATE TABLE pgboss.probe (id int)`],
    ["emptying pg-boss's jobs", `TRUNCATE pgboss.job`],
  ])("is refused %s", async (_what, sql) => {
    expect(await attempt(appUrl!, sql)).toBe("42501");
  });

  it("may read and write pg-boss's rows, which is all its job worker needs", async () => {
    const row = await asRole(
      appUrl!,
      async (c) =>
        (
          await c.query(`
      SELECT has_schema_privilege('pgboss', 'USAGE') AS can_use, has_schema_privilege('pgboss', 'CREATE') AS can_create,
             (SELECT bool_and(has_table_privilege('pgboss.job', p)) FROM unnest('{SELECT,INSERT,UPDATE,DELETE}'::text[]) p) AS job_rows,
             (SELECT bool_and(has_table_privilege('pgboss.schedule', p)) FROM unnest('{SELECT,INSERT,UPDATE}'::text[]) p) AS schedule_rows`)
        ).rows[0],
    );
    expect(row).toEqual({ can_use: true, can_create: false, job_rows: true, schedule_rows: true });
  });

  it("is created once and granted idempotently when several runs provision it at once", async () => {
    const role = `trach_app_probe_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const url = new URL(ownerUrl!);
    url.username = role;
    try {
      const results = await Promise.all([1, 2, 3].map(() => grantAppRole(ownerUrl!, url.toString())));
      expect(results).toEqual([{ role }, { role }, { role }]);
      expect(await attempt(url.toString(), `SELECT count(*) FROM "Event"`)).toBe("ok");
      expect(await attempt(url.toString(), `TRUNCATE "Event"`)).toBe("42501");
    } finally {
      await asRole(ownerUrl!, async (c) => {
        await c.query(`DROP OWNED BY "${role}"`);
        await c.query(`DROP ROLE IF EXISTS "${role}"`);
      });
    }
  });

  it("refuses to serve as the application's role when that role could bypass the guards", async () => {
    const role = `trach_app_super_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const url = new URL(ownerUrl!);
    url.username = role;
    await asRole(ownerUrl!, (c) => c.query(`CREATE ROLE "${role}" LOGIN SUPERUSER`));
    try {
      await expect(grantAppRole(ownerUrl!, url.toString())).rejects.toThrow(/superuser/);
    } finally {
      await asRole(ownerUrl!, (c) => c.query(`DROP ROLE IF EXISTS "${role}"`));
    }
  });
});

describe("the start-up check of the application's role", () => {
  it.runIf(appUrl && ownerUrl)(
    "warns when the app connects as the owner or a superuser, and not as the restricted role",
    async () => {
      const { createDbHandle } = await import("../../lib/server/db/create-prisma-client");
      const { findAppRoleRisk } = await import("../../lib/server/db/find-app-role-risk");
      const [app, owner] = [
        createDbHandle({ kind: "postgres", url: appUrl! }),
        createDbHandle({ kind: "postgres", url: ownerUrl! }),
      ];
      try {
        expect(await findAppRoleRisk(app.prisma)).toBeNull();
        expect(await findAppRoleRisk(owner.prisma)).toMatch(/có thể tắt trigger bảo vệ nhật ký/);
      } finally {
        await Promise.all([app.close(), owner.close()]);
      }
    },
  );
});

describe.runIf(appUrl && ownerUrl)("granting the application's role", () => {
  it("takes back TRUNCATE from a role an administrator once granted everything", async () => {
    const role = `trach_app_all_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const url = new URL(ownerUrl!);
    url.username = role;
    await asRole(ownerUrl!, async (c) => {
      await c.query(`CREATE ROLE "${role}" LOGIN`);
      await c.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO "${role}"`);
    });
    try {
      await grantAppRole(ownerUrl!, url.toString());
      expect(await attempt(url.toString(), `TRUNCATE "Event"`)).toBe("42501");
      expect(
        await attempt(
          url.toString(),
          `INSERT INTO "Event" (id, kind) VALUES ('probe-' || gen_random_uuid(), 'CALENDAR_CHANGED')`,
        ),
      ).toBe("ok");
    } finally {
      await asRole(ownerUrl!, async (c) => {
        await c.query(`DROP OWNED BY "${role}"`);
        await c.query(`DROP ROLE IF EXISTS "${role}"`);
      });
    }
  });
});
