import type pg from "pg";
import type { SignalKind } from "../../lib/server/db/generated/client.ts";
import { signalSourcesSql } from "./signal-sources-sql.ts";
import type { TBenchSizes } from "./sizes.ts";

/**
 * Persisted signals of every kind, as the sweep would have stored them: detected shortly
 * after the condition began, mostly still open; a share answered and ACCEPTED (no longer
 * counted against the person). Evidence ids are left empty.
 */
export async function generateSignals(client: pg.ClientBase, sizes: TBenchSizes): Promise<number> {
  const kinds = Object.keys(signalSourcesSql) as SignalKind[];
  const sources = kinds
    .map((kind, i) => `(${signalSourcesSql[kind].replace("$n", () => `$${i + 3}::int`)})`)
    .join("\n UNION ALL\n");
  const result = await client.query(
    `WITH x AS MATERIALIZED (
       SELECT u.*, random() AS r_detect, random() AS r_resolve, random() AS r_answer
       FROM (${sources}) AS u (key, kind, subject_user_id, unit_id, task_id, directive_id, step_id, consultation_id, since, explanation, metrics)),
     y AS (SELECT x.*, greatest(x.since, least(x.since + (0.05 + x.r_detect) * interval '1 day', pg_temp.bench_now() - interval '1 minute'))
                         AS detected_at
           FROM x)
     INSERT INTO "Signal" (id, key, kind, "subjectUserId", "unitId", "taskId", "directiveId", "stepId", "consultationId", since,
                           explanation, "evidenceEventIds", metrics, "detectedAt", "resolvedAt", "answerStatus", "countsAgainstPerson")
     SELECT gen_random_uuid()::text, y.key, y.kind::"SignalKind", y.subject_user_id, y.unit_id, y.task_id, y.directive_id, y.step_id,
            y.consultation_id, y.since, y.explanation, '{}', y.metrics, y.detected_at,
            CASE WHEN y.r_resolve < $1::float8 THEN pg_temp.bench_lerp(y.detected_at, pg_temp.bench_now(), 0.5) END,
            (CASE WHEN y.r_answer < $2::float8 AND y.subject_user_id IS NOT NULL THEN 'ACCEPTED' ELSE 'UNANSWERED' END)::"SignalAnswerStatus",
            NOT (y.r_answer < $2::float8 AND y.subject_user_id IS NOT NULL)
     FROM y ORDER BY y.detected_at`,
    [sizes.resolvedSignalShare, sizes.acceptedSignalShare, ...kinds.map((k) => sizes.signals[k])],
  );
  return result.rowCount ?? 0;
}
