import type pg from "pg";
import { directiveTexts, ISSUER } from "./directive-texts.ts";
import type { TBenchSizes } from "./sizes.ts";

const ISSUING_DEPARTMENTS = ["VP", "TCCB", "TTKT", "KHTC", "CSXH", "CSYT", "QLT", "PC"];
const KINDS = ["CONG_VAN", "CONG_VAN", "CONG_VAN", "CHI_THI", "KE_HOACH", "QUYET_DINH", "THONG_BAO", "CONG_DIEN"];

/**
 * Directives issued at an even pace over the window, at 08:00 local on working days, so that a
 * task can find the ones issued before it with arithmetic (see planTasks); entered by the demo's
 * admin a few days after issue. Also keeps bench_directive (idx, id, number, issued_at).
 */
export async function generateDirectives(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const t = directiveTexts();
  const { from, to } = sizes.directiveDaysAgo;
  await client.query(
    `CREATE TEMP TABLE bench_directive AS
     WITH raw AS MATERIALIZED (
       SELECT d, gen_random_uuid()::text AS id, random() AS r_dept, random() AS r_kind, random() AS r_subject,
              random() AS r_summary, random() AS r_entered
       FROM generate_series(1, $1::int) AS d)
     SELECT d AS idx, id,
            'B-' || lpad(d::text, 4, '0') || '/BHXH-' || ($2::text[])[1 + floor(r_dept * cardinality($2::text[]))::int] AS number,
            ($3::text[])[1 + floor(r_kind * cardinality($3::text[]))::int] AS kind,
            1 + floor(r_subject * cardinality($4::text[]))::int AS subject_idx,
            1 + floor(r_summary * cardinality($5::text[]))::int AS summary_idx,
            pg_temp.bench_at_local(pg_temp.bench_weekday(
              pg_temp.bench_today() - $6::int + floor((d - 0.5) * ($6::int - $7::int) / $1::int)::int), 8) AS issued_at,
            r_entered
     FROM raw ORDER BY d`,
    [sizes.directives, ISSUING_DEPARTMENTS, KINDS, t.subjects, t.summaries, from, to],
  );
  await client.query(
    `INSERT INTO "Directive" (id, number, kind, issuer, "issuedAt", subject, summary, "searchText", "createdById", "createdAt")
     SELECT d.id, d.number, d.kind::"DirectiveKind", $1, d.issued_at,
            ($2::text[])[d.subject_idx], ($3::text[])[d.summary_idx],
            lower(d.number) || ' ' || ($4::text[])[d.subject_idx] || ' ' || $6 || ' ' || ($5::text[])[d.summary_idx],
            (SELECT id FROM "User" WHERE email = 'admin@demo.bhxh.vn'),
            least(d.issued_at + (1 + 4 * d.r_entered) * interval '1 day', pg_temp.bench_now() - interval '1 hour')
     FROM bench_directive d ORDER BY d.idx`,
    [ISSUER, t.subjects, t.summaries, t.subjectSearch, t.summarySearch, t.issuerSearch],
  );
  await client.query(`ANALYZE bench_directive`);
  return sizes.directives;
}
