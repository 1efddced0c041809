import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";
import { patternCounts } from "./step-patterns.ts";

/**
 * bench_task: one row per task with every decision about it drawn once, in task order after
 * setseed (so two runs draw the same plan). Columns the steps need:
 * - orig_dl, dl: the first and the current deadline (local dates; dl = orig_dl + ext days,
 *   moved on to a working day);
 * - created: issue instant, after its directive's; state DONE / OPEN / CANCELLED;
 * - cur: the waiting step (nsteps + 1 when done), cur_status its status;
 * - ref: the instant the history of done steps is spread towards (done_at for done tasks);
 * - ext_step: the step whose approved extension moved the deadline (0 when none);
 * - u: a per-task number from which steps derive their own fractions without a window.
 * Past deadlines are mostly met (onTimeShare), else met late by 1–15 days; a late completion
 * that would fall today or later leaves the task open, i.e. overdue.
 */
export async function planTasks(client: pg.ClientBase, s: TBenchSizes): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE bench_task AS
     WITH raw AS MATERIALIZED (
       SELECT n, gen_random_uuid()::text AS id,
              random() AS r_unit, random() AS r_dl, random() AS r_ext, random() AS r_ext_days, random() AS r_lead,
              random() AS r_hour, random() AS r_steps, random() AS r_pattern, random() AS r_state, random() AS r_done,
              random() AS r_late, random() AS r_done_day, random() AS r_done_time, random() AS r_cur, random() AS r_cur_status,
              random() AS r_ref, random() AS r_dir, random() AS r_ext_step, random() AS r_assigner, random() AS r_title,
              random() AS r_point, random() AS r_prio, random() AS u
       FROM generate_series(1, $1::int) AS n),
     dated AS MATERIALIZED (
       SELECT r.*, tk.unit_idx,
              pg_temp.bench_weekday(pg_temp.bench_today() + floor(r.r_dl * ($2::int + $3::int + 1))::int - $2::int) AS orig_dl,
              CASE WHEN r.r_ext < $4::float8 THEN 2 + floor(r.r_ext_days * 9)::int ELSE 0 END AS ext,
              CASE WHEN r.r_steps < $5::float8 THEN 1 WHEN r.r_steps < $5::float8 + $6::float8 THEN 2 ELSE 3 END AS nsteps
       FROM raw r JOIN bench_ticket tk ON tk.ticket = floor(r.r_unit * (SELECT count(*) FROM bench_ticket))::int),
     issued AS (
       SELECT d.*, CASE WHEN d.ext > 0 THEN pg_temp.bench_next_weekday(d.orig_dl + d.ext) ELSE d.orig_dl END AS dl,
              pg_temp.bench_at_local(pg_temp.bench_weekday(d.orig_dl - 5 - floor(d.r_lead * 40)::int), 8 + 3.5 * d.r_hour) AS created0
       FROM dated d),
     clamped AS (
       SELECT i.*, CASE WHEN i.created0 > pg_temp.bench_now() - interval '1 hour'
                        THEN pg_temp.bench_now() - interval '1 hour' - i.r_lead * interval '10 days'
                        ELSE i.created0 END AS created1
       FROM issued i),
     directed AS (
       SELECT c.*, greatest(1, least($7::int,
                floor((pg_temp.bench_local_date(c.created1) - (pg_temp.bench_today() - $8::int)) * $7::int / ($8::int - $9::int)::float8)::int
                - floor(c.r_dir * 25)::int)) AS dir_idx
       FROM clamped c),
     anchored AS MATERIALIZED (
       SELECT x.*, bd.id AS directive_id, bd.number AS directive_number,
              greatest(x.created1, bd.issued_at + interval '2 hours') AS created,
              pg_temp.bench_end_of_day(x.dl) < pg_temp.bench_now() AS is_past
       FROM directed x JOIN bench_directive bd ON bd.idx = x.dir_idx),
     timed AS (
       SELECT a.*, pg_temp.bench_next_weekday(a.dl + 1 + floor(a.r_done_day * 15)::int) AS late_day,
              greatest(a.created + interval '2 hours',
                pg_temp.bench_at_local(pg_temp.bench_weekday(a.dl - floor(a.r_done_day * 4)::int), 8.5 + 8 * a.r_done_time)) AS on_time_at
       FROM anchored a),
     stated AS MATERIALIZED (
       SELECT t.*,
              CASE WHEN t.r_state < $10::float8 THEN 'CANCELLED'
                   WHEN t.is_past AND t.r_done < $11::float8 AND (t.r_late < $12::float8 OR t.late_day < pg_temp.bench_today()) THEN 'DONE'
                   WHEN NOT t.is_past AND t.r_done < $13::float8 THEN 'DONE'
                   ELSE 'OPEN' END AS state,
              CASE WHEN NOT t.is_past THEN pg_temp.bench_lerp(t.created, pg_temp.bench_now(), 0.3 + 0.6 * t.r_done_day)
                   WHEN t.r_late < $12::float8 THEN t.on_time_at
                   ELSE pg_temp.bench_at_local(t.late_day, 8.5 + 8 * t.r_done_time) END AS done_candidate
       FROM timed t),
     progressed AS (
       SELECT s.*,
              CASE WHEN s.state = 'DONE' THEN s.nsteps + 1
                   WHEN s.is_past THEN 1 + floor(s.r_cur * s.nsteps)::int
                   ELSE least(s.nsteps, 1 + floor(s.nsteps * (0.5 + 0.8 * s.r_cur)
                          * extract(epoch FROM pg_temp.bench_now() - s.created)
                          / extract(epoch FROM pg_temp.bench_end_of_day(s.dl) - s.created))::int) END AS cur,
              CASE WHEN s.state = 'DONE' THEN s.done_candidate
                   WHEN s.is_past THEN least(pg_temp.bench_now() - interval '1 hour',
                                             pg_temp.bench_end_of_day(s.dl) + s.r_ref * interval '10 days')
                   ELSE pg_temp.bench_lerp(s.created, pg_temp.bench_now() - interval '1 hour', 0.7 + 0.3 * s.r_ref) END AS ref
       FROM stated s)
     SELECT p.n, p.id, p.unit_idx, bu.level AS lead_level, bu.d_lo AS lead_d_lo, bu.d_cnt AS lead_d_cnt,
            p.dir_idx, p.directive_id, p.directive_number, p.nsteps,
            1 + floor(p.r_pattern * ($16::int[])[p.nsteps])::int AS pattern,
            p.orig_dl, p.dl, p.ext,
            CASE WHEN p.ext > 0 THEN 1 + floor(p.r_ext_step * least(p.nsteps, p.cur))::int ELSE 0 END AS ext_step,
            p.created, p.state, CASE WHEN p.state = 'DONE' THEN p.done_candidate END AS done_at, p.cur,
            CASE WHEN p.state = 'DONE' THEN 'DONE' WHEN p.r_cur_status < $14::float8 THEN 'RETURNED'
                 WHEN p.r_cur_status < $14::float8 + $15::float8 THEN 'TODO' ELSE 'IN_PROGRESS' END AS cur_status,
            p.ref, au.id AS assigner_id, p.r_title, p.r_point, p.r_prio, p.u
     FROM progressed p
     JOIN bench_unit bu ON bu.idx = p.unit_idx
     JOIN bench_user au ON au.idx = bu.u_lo + floor(p.r_assigner * 2)::int
     ORDER BY p.n`,
    [
      s.tasks,
      s.deadlineDays.past,
      s.deadlineDays.future,
      s.extendedShare,
      s.oneStepShare,
      s.twoStepShare,
      s.directives,
      s.directiveDaysAgo.from,
      s.directiveDaysAgo.to,
      s.cancelledShare,
      s.pastCompletedShare,
      s.onTimeShare,
      s.futureCompletedShare,
      s.returnedShare,
      s.todoShare,
      patternCounts,
    ],
  );
  await client.query(`ANALYZE bench_task`);
}
