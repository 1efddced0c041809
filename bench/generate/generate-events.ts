import type pg from "pg";
import { lifecycleEventsSql } from "./lifecycle-events-sql.ts";
import { sideEventsSql } from "./side-events-sql.ts";

/**
 * Every generated event in one statement, sorted by `at`, so that `seq` (left to its
 * sequence) follows time as it does in the app. The demo's events, written earlier, keep the
 * lower numbers. Ids are drawn after the sort, which keeps the sorted rows narrow.
 */
export async function generateEvents(client: pg.ClientBase): Promise<number> {
  const sources = [...lifecycleEventsSql, ...sideEventsSql].map((sql) => `(${sql})`).join("\n UNION ALL\n");
  const result = await client.query(
    `INSERT INTO "Event" (id, at, kind, "actorId", "directiveId", "taskId", "stepId", "consultationId", payload, reason)
     SELECT coalesce(e.id, gen_random_uuid()::text), e.at, e.kind::"EventKind", e.actor_id, e.directive_id, e.task_id,
            e.step_id, e.consultation_id, e.payload, e.reason
     FROM (${sources}) AS e
     ORDER BY e.at`,
  );
  return result.rowCount ?? 0;
}
