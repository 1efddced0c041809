import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";

/**
 * bench_step_draft: the steps of every planned task, ordered 1..nsteps, with their times,
 * statuses, deadlines and units. Done steps are spread from the task's creation towards its
 * `ref` instant, step k ending at (k - 1 + h_k) / K of the way (h_k in [0.6, 1) derived from
 * the task's `u`), so step k's activation (step k - 1's completion) is computed in the same
 * row, without a window over two million rows.
 * Deadlines split the span evenly and the last is the task's; an approved extension moves the
 * extended step and re-plans the later ones (only the extended step keeps an earlier
 * originalDeadline, as the app records it). `handover` marks reached steps that changed
 * hands: REASSIGN, UPHOLD (an upheld return), OVERRULE (a refused return), OPEN_RETURN (the
 * waiting step, returned and awaiting the head's ruling).
 */
export async function planStepTimeline(client: pg.ClientBase, s: TBenchSizes): Promise<void> {
  const h = s.handover;
  await client.query(
    `CREATE TEMP TABLE bench_step_draft AS
     WITH s AS MATERIALIZED (
       SELECT t.n AS task_n, t.id AS task_id, gen_random_uuid()::text AS id, k AS ord, t.nsteps, t.pattern, t.cur, t.cur_status,
              t.state, t.created, t.ref, t.done_at, t.orig_dl, t.dl, t.ext, t.ext_step, t.unit_idx AS lead_idx, t.lead_level,
              t.lead_d_lo, t.lead_d_cnt, t.directive_id, t.assigner_id,
              0.6 + 0.4 * pg_temp.bench_frac(t.u * 7919 * k) AS h, 0.6 + 0.4 * pg_temp.bench_frac(t.u * 7919 * (k - 1)) AS h_prev,
              0.3 + 0.7 * pg_temp.bench_frac(t.u * 104729 * k) AS h2,
              random() AS r_unit, random() AS r_other, random() AS r_owner, random() AS r_handover, random() AS r_prev
       FROM bench_task t CROSS JOIN LATERAL generate_series(1, t.nsteps) AS k),
     timeline AS (
       SELECT s.*, CASE WHEN s.state = 'DONE' THEN s.nsteps ELSE s.cur END AS span_steps,
              CASE WHEN s.ord < s.cur THEN 'DONE' WHEN s.ord = s.cur THEN s.cur_status ELSE 'PENDING' END AS status,
              pg_temp.bench_local_date(s.created) AS created_day
       FROM s),
     times AS MATERIALIZED (
       SELECT x.*,
              CASE WHEN x.status = 'DONE' AND x.state = 'DONE' AND x.ord = x.nsteps THEN x.done_at
                   WHEN x.status = 'DONE' THEN pg_temp.bench_lerp(x.created, x.ref, (x.ord - 1 + x.h) / x.span_steps) END AS done,
              CASE WHEN x.status = 'PENDING' THEN NULL WHEN x.ord = 1 THEN x.created
                   ELSE pg_temp.bench_lerp(x.created, x.ref, (x.ord - 2 + x.h_prev) / x.span_steps) END AS act,
              CASE WHEN x.ord = x.nsteps THEN x.orig_dl
                   ELSE greatest(x.created_day, pg_temp.bench_weekday(
                          x.created_day + round((x.orig_dl - x.created_day) * x.ord / x.nsteps::numeric)::int)) END AS orig_day
       FROM timeline x)
     SELECT y.task_n, y.task_id, y.id, y.ord, y.nsteps, y.state, p.kind, p.name, p.result, y.status, y.created, y.act, y.done,
            y.directive_id, y.assigner_id, y.r_owner, y.r_prev,
            CASE WHEN y.status = 'DONE' THEN pg_temp.bench_lerp(y.act, y.done, 0.25 * y.h2)
                 WHEN y.status = 'IN_PROGRESS' THEN pg_temp.bench_lerp(y.act, pg_temp.bench_now(), 0.3 * y.h2) END AS started,
            CASE WHEN y.status = 'RETURNED' THEN pg_temp.bench_lerp(y.act, pg_temp.bench_now(), 0.5 * y.h2) END AS open_returned_at,
            pg_temp.bench_end_of_day(CASE WHEN y.ext > 0 AND y.ord >= y.ext_step
                 THEN CASE WHEN y.ord = y.nsteps THEN y.dl ELSE pg_temp.bench_next_weekday(y.orig_day + y.ext) END
                 ELSE y.orig_day END) AS deadline,
            pg_temp.bench_end_of_day(y.orig_day) AS planned_deadline,
            y.ext > 0 AND y.ord = y.ext_step AS is_extended,
            CASE WHEN y.r_unit < $1::float8 AND y.lead_level IN ('DISTRICT', 'PROVINCE') AND y.lead_d_cnt > 0
                 THEN y.lead_d_lo + floor(y.r_other * y.lead_d_cnt)::int ELSE y.lead_idx END AS unit_idx,
            CASE WHEN y.status = 'RETURNED' THEN 'OPEN_RETURN'
                 WHEN y.status = 'PENDING' THEN NULL
                 WHEN y.r_handover < $2::float8 THEN 'REASSIGN'
                 WHEN y.r_handover < $2::float8 + $3::float8 THEN 'UPHOLD'
                 WHEN y.r_handover < $2::float8 + $3::float8 + $4::float8 THEN 'OVERRULE' END AS handover
     FROM times y
     JOIN bench_step_pattern p ON p.nsteps = y.nsteps AND p.pattern = y.pattern AND p.ord = y.ord`,
    [s.otherDistrictShare, h.reassign, h.uphold, h.overrule],
  );
  await client.query(`ANALYZE bench_step_draft`);
}
