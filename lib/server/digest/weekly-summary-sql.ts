import "server-only";

/** The top-level unit of a unit path "/root/child/…": the root's child, or the root itself. */
const TOP = `COALESCE(NULLIF(split_part(su."path", '/', 3), ''), split_part(su."path", '/', 2))`;
const SINCE = "$1::timestamp(3)";
const NOW = "$2::timestamp(3)";

/**
 * The weekly summary's counts per top-level unit, for the period [$1, $2): steps whose deadline
 * fell in it and that were not done by then (new overdue), open steps past their deadline at $2,
 * signals detected and escalations raised from the unit's branch. One statement; it reads the
 * open steps through TaskStep's (completedAt, deadline) index and the week's late completions by
 * a scan of the steps, once a week.
 */
export const WEEKLY_SUMMARY_SQL = `
  WITH counts AS (
    SELECT ${TOP} AS "unitId",
           count(*) FILTER (WHERE s."deadline" >= ${SINCE})::int AS "newOverdue",
           count(*) FILTER (WHERE s."completedAt" IS NULL AND s."status" <> 'DONE' AND t."status" <> 'COMPLETED')::int
             AS "openOverdue",
           0 AS "signalsRaised", 0 AS "escalations"
      FROM "TaskStep" s JOIN "Task" t ON t."id" = s."taskId" JOIN "Unit" su ON su."id" = s."unitId"
     WHERE s."deadline" < ${NOW} AND t."status" <> 'CANCELLED'
       AND (s."completedAt" IS NULL OR (s."deadline" >= ${SINCE} AND s."completedAt" > s."deadline"))
     GROUP BY 1
    UNION ALL
    SELECT ${TOP}, 0, 0, count(*)::int, 0
      FROM "Signal" g JOIN "Unit" su ON su."id" = g."unitId"
     WHERE g."detectedAt" >= ${SINCE} AND g."detectedAt" < ${NOW}
     GROUP BY 1
    UNION ALL
    SELECT ${TOP}, 0, 0, 0, count(*)::int
      FROM "Escalation" e JOIN "Unit" su ON su."id" = e."fromUnitId"
     WHERE e."createdAt" >= ${SINCE} AND e."createdAt" < ${NOW}
     GROUP BY 1
  )
  SELECT u."id" AS "unitId", u."name" AS "unitName",
         sum(c."newOverdue")::int AS "newOverdue", sum(c."openOverdue")::int AS "openOverdue",
         sum(c."signalsRaised")::int AS "signalsRaised", sum(c."escalations")::int AS "escalations"
    FROM counts c JOIN "Unit" u ON u."id" = c."unitId"
   GROUP BY u."id", u."name", u."sortOrder"
   ORDER BY u."sortOrder", u."name"`;
