import type pg from "pg";
import { assignStepOwners } from "./assign-step-owners.ts";
import { planStepTimeline } from "./plan-step-timeline.ts";
import type { TBenchSizes } from "./sizes.ts";

/**
 * Plans the steps (bench_step_draft, then bench_step with people) and writes them in creation
 * order. Planning takes two statements so the owner joins run on an analysed table: inside one
 * statement the planner misjudged the step rows and joined units by nested loop. lastActivityAt
 * follows the app: the completion of a done step, the latest of activation, start and return
 * for the waiting one, the task's creation for one not reached yet.
 */
export async function generateSteps(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  await planStepTimeline(client, sizes);
  await assignStepOwners(client);
  const result = await client.query(
    `INSERT INTO "TaskStep" (id, "taskId", "order", name, kind, "ownerId", "unitId", deadline, "originalDeadline", status,
                             "startedAt", "completedAt", result, "lastActivityAt", version, "createdAt")
     SELECT s.id, s.task_id, s.ord, s.name, s.kind::"StepKind", s.owner_id, s.unit_id, s.deadline, s.original_deadline,
            s.status::"StepStatus", s.started, s.done, CASE WHEN s.status = 'DONE' THEN s.result END,
            CASE s.status WHEN 'DONE' THEN s.done WHEN 'PENDING' THEN s.created
                 ELSE greatest(s.act, s.started, s.returned_at, s.ruled_at) END,
            CASE s.status WHEN 'DONE' THEN 2 WHEN 'PENDING' THEN 0 ELSE 1 END,
            s.created
     FROM bench_step s
     ORDER BY s.created, s.task_n, s.ord`,
  );
  return result.rowCount ?? 0;
}
