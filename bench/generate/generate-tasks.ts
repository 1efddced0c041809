import type pg from "pg";
import type { TBenchSizes } from "./sizes.ts";
import { planTasks } from "./plan-tasks.ts";
import { taskTexts } from "./task-texts.ts";

const PRIORITY_SQL = `CASE WHEN t.r_prio < 0.1 THEN 'LOW' WHEN t.r_prio < 0.75 THEN 'NORMAL' WHEN t.r_prio < 0.95 THEN 'HIGH' ELSE 'URGENT' END`;

/**
 * Plans the tasks (bench_task), then writes them in creation order, as the application would
 * have appended them. Search text is built as createTask does: title, point, directive number.
 * updatedAt is the last write to the task row: completion, else the first step's completion.
 */
export async function generateTasks(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  await planTasks(client, sizes);
  const texts = taskTexts();
  const result = await client.query(
    `INSERT INTO "Task" (id, point, title, "directiveId", "leadUnitId", "assignerId", deadline, "originalDeadline",
                         priority, "expectedResult", status, result, "completedAt", "searchText", version, "createdAt", "updatedAt")
     SELECT t.id, x.point, ($1::text[])[x.title_idx], t.directive_id, u.id, t.assigner_id,
            pg_temp.bench_end_of_day(t.dl), pg_temp.bench_end_of_day(t.orig_dl),
            (${PRIORITY_SQL})::"Priority", nullif(($3::text[])[1 + (x.title_idx % cardinality($3::text[]))], ''),
            (CASE t.state WHEN 'DONE' THEN 'COMPLETED' WHEN 'CANCELLED' THEN 'CANCELLED'
                  ELSE CASE WHEN t.cur = 1 AND t.cur_status = 'TODO' THEN 'OPEN' ELSE 'IN_PROGRESS' END END)::"TaskStatus",
            CASE WHEN t.state = 'DONE' THEN 'Đã hoàn thành, báo cáo kết quả.' END,
            t.done_at,
            ($2::text[])[x.title_idx] || ' ' || x.point || ' ' || lower(t.directive_number),
            CASE WHEN t.state = 'DONE' THEN t.nsteps + 1 ELSE t.cur - 1 END,
            t.created,
            CASE WHEN t.state = 'DONE' THEN t.done_at + interval '2 minutes' WHEN t.cur > 1 THEN t.ref ELSE t.created END
     FROM bench_task t
     JOIN bench_unit u ON u.idx = t.unit_idx
     CROSS JOIN LATERAL (
       SELECT 1 + floor(t.r_title * cardinality($1::text[]))::int AS title_idx,
              (1 + floor(t.r_point * 6)::int)::text || chr(97 + floor(t.u * 4)::int) AS point) x
     ORDER BY t.created, t.n`,
    [texts.titles, texts.titleSearch, texts.expectedResults],
  );
  return result.rowCount ?? 0;
}
