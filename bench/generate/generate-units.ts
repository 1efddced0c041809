import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";

/** Central departments beyond the demo's TCCB, TTKT and VP. */
const extraDepartments = [
  { code: "KHTC", name: "Vụ Kế hoạch - Tài chính", shortName: "Vụ KHTC" },
  { code: "PC", name: "Vụ Pháp chế", shortName: "Vụ Pháp chế" },
  { code: "HTQT", name: "Vụ Hợp tác quốc tế", shortName: "Vụ HTQT" },
  { code: "CSXH", name: "Ban Thực hiện chính sách BHXH", shortName: "Ban CSXH" },
  { code: "CSYT", name: "Ban Thực hiện chính sách BHYT", shortName: "Ban CSYT" },
  { code: "QLT", name: "Ban Quản lý Thu - Sổ, Thẻ", shortName: "Ban Thu" },
  { code: "CNTT", name: "Trung tâm Công nghệ thông tin", shortName: "TT CNTT" },
  { code: "KTNB", name: "Vụ Kiểm toán nội bộ", shortName: "Vụ KTNB" },
];

/**
 * Grows the demo tree to the sector's size: more departments, provinces up to
 * `sizes.provinces`, then districts so that every province (the demo ones too) has between
 * min and max of them. Paths are materialised from the parent's, as prisma/seed/units.ts does.
 */
export async function generateUnits(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const rootChildren = `(SELECT coalesce(max(c."sortOrder"), -1) FROM "Unit" c WHERE c."parentId" = r.id)`;
  await client.query(
    `WITH r AS (SELECT id, path FROM "Unit" WHERE "parentId" IS NULL),
     d AS MATERIALIZED (
       SELECT gen_random_uuid()::text AS id, x.code, x.name, x.short_name, x.ord
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x(code, name, short_name, ord))
     INSERT INTO "Unit" (id, code, name, "shortName", level, "parentId", path, "sortOrder")
     SELECT d.id, d.code, d.name, d.short_name, 'DEPARTMENT'::"UnitLevel", r.id, r.path || d.id || '/', ${rootChildren} + d.ord
     FROM d CROSS JOIN r ORDER BY d.ord`,
    [
      extraDepartments.map((d) => d.code),
      extraDepartments.map((d) => d.name),
      extraDepartments.map((d) => d.shortName),
    ],
  );
  // Provinces are numbered on from the demo's three (Hà Nội 1, TP.HCM 2, Đà Nẵng 3).
  await client.query(
    `WITH r AS (SELECT id, path FROM "Unit" WHERE "parentId" IS NULL),
     existing AS (SELECT count(*)::int AS n FROM "Unit" WHERE level = 'PROVINCE'),
     p AS MATERIALIZED (
       SELECT gen_random_uuid()::text AS id, k FROM existing, generate_series(existing.n + 1, $1::int) AS k)
     INSERT INTO "Unit" (id, code, name, "shortName", level, "parentId", path, "sortOrder")
     SELECT p.id, 'P' || lpad(p.k::text, 2, '0'), 'BHXH tỉnh Tỉnh ' || p.k, 'BHXH Tỉnh ' || p.k, 'PROVINCE'::"UnitLevel",
            r.id, r.path || p.id || '/', ${rootChildren} + p.k
     FROM p CROSS JOIN r ORDER BY p.k`,
    [sizes.provinces],
  );
  const { min, max } = sizes.districtsPerProvince;
  await client.query(
    `WITH prov AS (
       SELECT p.id, p.code, p.path, row_number() OVER (ORDER BY p."sortOrder", p.code) AS no,
              (SELECT count(*) FROM "Unit" c WHERE c."parentId" = p.id)::int AS existing
       FROM "Unit" p WHERE p.level = 'PROVINCE'),
     wanted AS MATERIALIZED (
       SELECT prov.*, ($1::int + floor(random() * ($2::int - $1::int + 1)))::int AS want FROM prov ORDER BY prov.no),
     d AS MATERIALIZED (
       SELECT gen_random_uuid()::text AS id, w.id AS parent_id, w.code AS parent_code, w.path AS parent_path, w.no, k
       FROM wanted w CROSS JOIN LATERAL generate_series(w.existing + 1, w.want) AS k ORDER BY w.no, k)
     INSERT INTO "Unit" (id, code, name, "shortName", level, "parentId", path, "sortOrder")
     SELECT d.id, d.parent_code || '-D' || lpad(d.k::text, 2, '0'), 'BHXH huyện Huyện ' || d.no || '-' || d.k,
            'BHXH Huyện ' || d.no || '-' || d.k, 'DISTRICT'::"UnitLevel", d.parent_id, d.parent_path || d.id || '/', d.k - 1
     FROM d ORDER BY d.no, d.k`,
    [min, max],
  );
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Unit"`);
  return rows[0].n;
}
