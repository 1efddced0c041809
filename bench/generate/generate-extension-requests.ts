import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";

const REASONS = [
  "Chờ số liệu đối chiếu của đơn vị phối hợp.",
  "Khối lượng hồ sơ phát sinh lớn, cần thêm thời gian rà soát.",
  "Chờ ý kiến của cơ quan liên quan.",
  "Cán bộ xử lý nghỉ ốm, đề nghị lùi hạn.",
];
const COLUMNS = `(id, "stepId", "requesterId", reason, "previousDeadline", "requestedDeadline", status, "decidedById", "decidedAt", "decisionNote", "createdAt")`;
const REASON_SQL = `($1::text[])[1 + floor(r_reason * cardinality($1::text[]))::int]`;

/**
 * Extension requests, asked by the owner before the deadline in force:
 * - APPROVED by the head of the step's unit, one per extended step (bench_step.is_extended),
 *   from its originalDeadline to its deadline; a step reached only after that deadline asked
 *   while still PENDING, which the app allows;
 * - REJECTED on other reached steps, decided before the deadline;
 * - PENDING on waiting steps whose deadline is still ahead.
 */
export async function generateExtensionRequests(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const approved = await client.query(
    `WITH x AS MATERIALIZED (
       SELECT s.id AS step_id, s.owner_id, s.head_id, s.original_deadline, s.deadline, s.act, s.created,
              least(s.original_deadline - interval '1 hour', coalesce(s.done, pg_temp.bench_now())) AS limit_at,
              random() AS r_at, random() AS r_decide, random() AS r_reason
       FROM bench_step s WHERE s.is_extended),
     y AS (SELECT x.*, CASE WHEN x.limit_at > x.act + interval '30 minutes'
                            THEN pg_temp.bench_lerp(x.act, x.limit_at, 0.2 + 0.5 * x.r_at)
                            ELSE pg_temp.bench_lerp(x.created, x.limit_at, 0.5 + 0.4 * x.r_at) END AS requested_at
           FROM x)
     INSERT INTO "ExtensionRequest" ${COLUMNS}
     SELECT gen_random_uuid()::text, step_id, owner_id, ${REASON_SQL}, original_deadline, deadline, 'APPROVED', head_id,
            least(requested_at + greatest(limit_at - requested_at, interval '2 hours') * (0.3 + 0.5 * r_decide),
                  pg_temp.bench_now() - interval '5 minutes'),
            'Đồng ý gia hạn.', requested_at
     FROM y ORDER BY requested_at`,
    [REASONS],
  );
  const rejected = await client.query(
    `WITH picked AS MATERIALIZED (
       SELECT s.id AS step_id, s.owner_id, s.head_id, s.deadline, s.act,
              least(s.deadline - interval '1 hour', coalesce(s.done, pg_temp.bench_now())) AS limit_at
       FROM bench_step s
       WHERE s.status <> 'PENDING' AND NOT s.is_extended
         AND s.act < least(s.deadline, coalesce(s.done, pg_temp.bench_now())) - interval '3 hours'
       ORDER BY random() LIMIT $2::int),
     x AS MATERIALIZED (SELECT p.*, random() AS r_at, random() AS r_days, random() AS r_reason FROM picked p),
     y AS (SELECT x.*, pg_temp.bench_lerp(x.act, x.limit_at, 0.2 + 0.5 * x.r_at) AS requested_at FROM x)
     INSERT INTO "ExtensionRequest" ${COLUMNS}
     SELECT gen_random_uuid()::text, step_id, owner_id, ${REASON_SQL}, deadline,
            pg_temp.bench_end_of_day(pg_temp.bench_next_weekday(pg_temp.bench_local_date(deadline) + 3 + floor(r_days * 5)::int)),
            'REJECTED', head_id, pg_temp.bench_lerp(requested_at, limit_at, 0.5),
            'Không đồng ý gia hạn, đề nghị hoàn thành đúng hạn.', requested_at
     FROM y ORDER BY requested_at`,
    [REASONS, sizes.rejectedExtensions],
  );
  const pending = await client.query(
    `WITH picked AS MATERIALIZED (
       SELECT s.id AS step_id, s.owner_id, s.deadline, s.act
       FROM bench_step s
       WHERE s.status IN ('TODO', 'IN_PROGRESS') AND s.state = 'OPEN' AND NOT s.is_extended
         AND s.deadline > pg_temp.bench_now() AND s.act < pg_temp.bench_now() - interval '1 hour'
       ORDER BY random() LIMIT $2::int),
     x AS MATERIALIZED (SELECT p.*, random() AS r_at, random() AS r_days, random() AS r_reason FROM picked p)
     INSERT INTO "ExtensionRequest" ${COLUMNS}
     SELECT gen_random_uuid()::text, step_id, owner_id, ${REASON_SQL}, deadline,
            pg_temp.bench_end_of_day(pg_temp.bench_next_weekday(pg_temp.bench_local_date(deadline) + 3 + floor(r_days * 5)::int)),
            'PENDING', NULL, NULL, NULL,
            pg_temp.bench_lerp(act, pg_temp.bench_now() - interval '10 minutes', 0.5 + 0.45 * r_at)
     FROM x ORDER BY 11`,
    [REASONS, sizes.pendingExtensions],
  );
  return (approved.rowCount ?? 0) + (rejected.rowCount ?? 0) + (pending.rowCount ?? 0);
}
