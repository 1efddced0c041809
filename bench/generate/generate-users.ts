import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";
import { familyNames, givenNames, middleNames, staffTitles } from "./vietnamese-names.ts";

/** Whose password hash everyone shares, so every generated person signs in with demo1234. */
const HASH_DONOR = "tccb@demo.bhxh.vn";

/**
 * Tops every unit up to a random head count between min and max: a head and a deputy where
 * the unit has none yet (both with UNIT_HEAD, like the demo's heads), the rest staff.
 * E-mails are nv<n>@bench.bhxh.vn, numbered in unit-code order.
 */
export async function generateUsers(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const { min, max } = sizes.usersPerUnit;
  await client.query(
    `WITH existing AS (
       SELECT "unitId", count(*)::int AS n, bool_or(position = 'HEAD') AS has_head, bool_or(position = 'DEPUTY_HEAD') AS has_deputy
       FROM "User" GROUP BY "unitId"),
     units AS MATERIALIZED (
       SELECT u.id AS unit_id, u.code, u.level, coalesce(e.n, 0) AS n, coalesce(e.has_head, false) AS has_head,
              coalesce(e.has_deputy, false) AS has_deputy, ($1::int + floor(random() * ($2::int - $1::int + 1)))::int AS want
       FROM "Unit" u LEFT JOIN existing e ON e."unitId" = u.id ORDER BY u.code),
     slots AS MATERIALIZED (
       SELECT u.*, k, row_number() OVER (ORDER BY u.code, k) AS no,
              CASE WHEN NOT u.has_head AND k = 1 THEN 'HEAD'
                   WHEN NOT u.has_deputy AND k = CASE WHEN u.has_head THEN 1 ELSE 2 END THEN 'DEPUTY_HEAD'
                   ELSE 'STAFF' END AS position
       FROM units u CROSS JOIN LATERAL generate_series(1, greatest(u.want - u.n, 0)) AS k),
     people AS MATERIALIZED (
       SELECT s.*, gen_random_uuid()::text AS id, random() AS r_family, random() AS r_middle, random() AS r_given, random() AS r_title
       FROM slots s ORDER BY s.no)
     INSERT INTO "User" (id, email, "employeeCode", name, "passwordHash", "unitId", position, title, roles)
     SELECT p.id, 'nv' || p.no || '@bench.bhxh.vn', 'NV-' || lpad(p.no::text, 6, '0'),
            ($3::text[])[1 + floor(p.r_family * cardinality($3::text[]))::int] || ' ' ||
            ($4::text[])[1 + floor(p.r_middle * cardinality($4::text[]))::int] || ' ' ||
            ($5::text[])[1 + floor(p.r_given * cardinality($5::text[]))::int],
            (SELECT "passwordHash" FROM "User" WHERE email = $7),
            p.unit_id, p.position::"Position",
            CASE WHEN p.position = 'STAFF' THEN ($6::text[])[1 + floor(p.r_title * cardinality($6::text[]))::int]
                 ELSE CASE WHEN p.position = 'DEPUTY_HEAD' THEN 'Phó ' ELSE '' END ||
                      CASE p.level WHEN 'CENTRAL' THEN 'Tổng Giám đốc' WHEN 'DEPARTMENT' THEN 'Vụ trưởng' ELSE 'Giám đốc' END
            END,
            CASE WHEN p.position = 'STAFF' THEN ARRAY['STAFF']::"Role"[] ELSE ARRAY['STAFF', 'UNIT_HEAD']::"Role"[] END
     FROM people p ORDER BY p.no`,
    [min, max, familyNames, middleNames, givenNames, staffTitles, HASH_DONOR],
  );
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User"`);
  return rows[0].n;
}
