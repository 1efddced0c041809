import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";

/**
 * Integer-indexed copies of the tree and the people, so that set-based statements pick "a
 * random unit" or "a random person of this unit" with arithmetic and a hash join:
 * - bench_unit: idx; districts of one province are contiguous (d_lo, d_cnt, shared by the
 *   province and its districts); people of a unit are contiguous (u_lo, u_cnt), head first,
 *   then the deputy, then staff.
 * - bench_user: idx, id, unit_idx.
 * - bench_ticket: ticket → unit_idx, each unit holding leadWeight[level] tickets.
 */
export async function buildLookups(client: pg.ClientBase, sizes: TBenchSizes): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE bench_unit AS
     SELECT row_number() OVER (ORDER BY u.level, coalesce(p.code, ''), u.code)::int AS idx,
            u.id, u.code, u.level::text AS level, u."parentId" AS parent_id,
            NULL::int AS parent_idx, NULL::int AS prov_idx, 0 AS d_lo, 0 AS d_cnt, 0 AS u_lo, 0 AS u_cnt
     FROM "Unit" u LEFT JOIN "Unit" p ON p.id = u."parentId"`,
  );
  await client.query(`UPDATE bench_unit c SET parent_idx = p.idx FROM bench_unit p WHERE p.id = c.parent_id`);
  await client.query(
    `UPDATE bench_unit SET prov_idx = CASE level WHEN 'PROVINCE' THEN idx WHEN 'DISTRICT' THEN parent_idx END`,
  );
  await client.query(
    `UPDATE bench_unit u SET d_lo = d.lo, d_cnt = d.cnt
     FROM (SELECT parent_idx, min(idx) AS lo, count(*)::int AS cnt FROM bench_unit WHERE level = 'DISTRICT' GROUP BY parent_idx) d
     WHERE d.parent_idx = u.prov_idx`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_user AS
     SELECT row_number() OVER (ORDER BY bu.idx, u.position DESC, u.email)::int AS idx, u.id, bu.idx AS unit_idx
     FROM "User" u JOIN bench_unit bu ON bu.id = u."unitId"`,
  );
  await client.query(
    `UPDATE bench_unit u SET u_lo = x.lo, u_cnt = x.cnt
     FROM (SELECT unit_idx, min(idx) AS lo, count(*)::int AS cnt FROM bench_user GROUP BY unit_idx) x
     WHERE x.unit_idx = u.idx`,
  );
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM bench_unit WHERE u_cnt < 4`);
  if (rows[0].n > 0) throw new Error(`${rows[0].n} units have fewer than 4 people; raise usersPerUnit`);
  const w = sizes.leadWeight;
  await client.query(
    `CREATE TEMP TABLE bench_ticket AS
     SELECT (row_number() OVER (ORDER BY u.idx, g) - 1)::int AS ticket, u.idx AS unit_idx
     FROM bench_unit u CROSS JOIN LATERAL generate_series(1,
       CASE u.level WHEN 'CENTRAL' THEN $1::int WHEN 'DEPARTMENT' THEN $2::int WHEN 'PROVINCE' THEN $3::int ELSE $4::int END) AS g`,
    [w.CENTRAL, w.DEPARTMENT, w.PROVINCE, w.DISTRICT],
  );
  for (const table of ["bench_unit", "bench_user", "bench_ticket"]) await client.query(`ANALYZE ${table}`);
}
