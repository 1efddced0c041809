import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";

const COLUMNS = `(id, kind, level, "taskId", "stepId", "fromUnitId", "toUnitId", "raisedById", reason, "resolvedAt", resolution, "createdAt")`;
/** Share of escalations of still-open steps that a head has already resolved. */
const RESOLVED_OPEN_SHARE = 0.05;

const kindSql = (r: string) => `CASE WHEN ${r} < 0.4 THEN 'MANUAL' ELSE 'AUTOMATIC' END`;
const reasonSql = (r: string) =>
  `CASE WHEN ${r} < 0.4 THEN 'Vấn đề vượt thẩm quyền của đơn vị, đề nghị cấp trên chỉ đạo.'
        ELSE 'Khâu quá hạn, tự động báo cáo lên cấp trên (mức ' || y.level || ').' END`;

/**
 * Escalations from a step's unit to its parent: of overdue waiting steps (mostly unresolved;
 * the level follows how long they are overdue, as the ladder would have raised them) and of
 * steps completed late (resolved when completed). About a third stay unresolved.
 */
export async function generateEscalations(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const open = await client.query(
    `WITH picked AS MATERIALIZED (
       SELECT s.id, s.task_id, s.unit_id, s.parent_idx, s.owner_id, s.head_id, s.deadline,
              pg_temp.bench_today() - pg_temp.bench_local_date(s.deadline) AS overdue_days
       FROM bench_step s
       WHERE s.status IN ('TODO', 'IN_PROGRESS', 'RETURNED') AND s.state = 'OPEN' AND s.parent_idx IS NOT NULL
         AND s.deadline < pg_temp.bench_now() - interval '1 day'
       ORDER BY random() LIMIT $1::int),
     x AS MATERIALIZED (SELECT p.*, random() AS r_kind, random() AS r_by, random() AS r_resolved FROM picked p),
     y AS (SELECT x.*, CASE WHEN overdue_days >= 14 THEN 3 WHEN overdue_days >= 7 THEN 2 ELSE 1 END AS level,
                  least(x.deadline + CASE WHEN overdue_days >= 14 THEN 14 WHEN overdue_days >= 7 THEN 7 ELSE 1 END * interval '1 day',
                        pg_temp.bench_now() - interval '1 hour') AS raised_at
           FROM x)
     INSERT INTO "Escalation" ${COLUMNS}
     SELECT gen_random_uuid()::text, (${kindSql("y.r_kind")})::"EscalationKind", y.level, y.task_id, y.id, y.unit_id, p.id,
            CASE WHEN y.r_kind < 0.4 THEN CASE WHEN y.r_by < 0.5 THEN y.owner_id ELSE y.head_id END END,
            ${reasonSql("y.r_kind")},
            CASE WHEN y.r_resolved < $2::float8 THEN pg_temp.bench_lerp(y.raised_at, pg_temp.bench_now(), 0.5) END,
            CASE WHEN y.r_resolved < $2::float8 THEN 'Đã chỉ đạo xử lý dứt điểm.' END,
            y.raised_at
     FROM y JOIN bench_unit p ON p.idx = y.parent_idx ORDER BY y.raised_at`,
    [sizes.openEscalations, RESOLVED_OPEN_SHARE],
  );
  const closed = await client.query(
    `WITH picked AS MATERIALIZED (
       SELECT s.id, s.task_id, s.unit_id, s.parent_idx, s.owner_id, s.head_id, s.deadline, s.done
       FROM bench_step s
       WHERE s.status = 'DONE' AND s.done > s.deadline + interval '1 day' AND s.parent_idx IS NOT NULL
       ORDER BY random() LIMIT $1::int),
     x AS MATERIALIZED (SELECT p.*, random() AS r_kind, random() AS r_by, random() AS r_at FROM picked p),
     y AS (SELECT x.*, CASE WHEN x.done > x.deadline + interval '10 days' THEN 2 ELSE 1 END AS level,
                  pg_temp.bench_lerp(x.deadline, x.done, 0.2 + 0.5 * x.r_at) AS raised_at
           FROM x)
     INSERT INTO "Escalation" ${COLUMNS}
     SELECT gen_random_uuid()::text, (${kindSql("y.r_kind")})::"EscalationKind", y.level, y.task_id, y.id, y.unit_id, p.id,
            CASE WHEN y.r_kind < 0.4 THEN CASE WHEN y.r_by < 0.5 THEN y.owner_id ELSE y.head_id END END,
            ${reasonSql("y.r_kind")}, y.done, 'Khâu đã hoàn thành.', y.raised_at
     FROM y JOIN bench_unit p ON p.idx = y.parent_idx ORDER BY y.raised_at`,
    [sizes.closedEscalations],
  );
  return (open.rowCount ?? 0) + (closed.rowCount ?? 0);
}
