import "server-only";
import type { TEvaluationScheme } from "@/lib/domain/evaluation/evaluation-scheme";
import type { TProductSums } from "@/lib/domain/evaluation/score-products";
import type { TPeriod } from "@/lib/domain/recurrence/recurrence-rule";
import { Prisma } from "@/lib/server/db/generated/client";
import type { Prisma as TPrisma } from "@/lib/server/db/prisma";
import { boundsOf } from "./load-period-products";

type TClient = TPrisma.TransactionClient;

/** Whose products to sum: everyone in a unit's tree (by its path), or the listed people. */
export type TPeopleFilter = { unitPath: string } | { personIds: readonly string[] };

/**
 * Each person's products of a period summed in one statement, as loadPeriodProducts and
 * scoreProducts would score them before any quality mark (a product completed counts as
 * meeting the quality; marks live in the assessment): the steps they owned that fell due or
 * were completed in the period on tasks not cancelled, weighted by the task's own weight or the
 * scheme's by step kind and priority, a late one keeping (1 − lateDeduction) of its timeliness
 * unless an accepted explanation exempts it; and the confirmed products added by hand. The unit
 * and sector tables read these sums instead of every person's rows; resultOfSums turns them into
 * points exactly as the scorecard does (tests/integration/evaluation compares both paths).
 */
export async function sumProductsByPerson(
  client: TClient,
  filter: TPeopleFilter,
  period: TPeriod,
  scheme: TEvaluationScheme,
): Promise<Map<string, TProductSums>> {
  const { from, to } = boundsOf(period);
  const kinds = Object.entries(scheme.weights.stepKind);
  const priorities = Object.entries(scheme.weights.priority);
  const people =
    "unitPath" in filter
      ? Prisma.sql`SELECT u.id FROM "User" u JOIN "Unit" n ON n.id = u."unitId" WHERE n.path LIKE ${filter.unitPath + "%"}`
      : Prisma.sql`SELECT unnest(${[...filter.personIds]}::text[]) AS id`;
  const rows = await client.$queryRaw<Array<{ person: string; assigned: number; done: number; timely: number }>>`
    WITH people AS (${people}),
    kind_weight AS (SELECT * FROM unnest(${kinds.map(([k]) => k)}::text[], ${kinds.map(([, w]) => w)}::float8[]) AS k(kind, w)),
    priority_weight AS (SELECT * FROM unnest(${priorities.map(([p]) => p)}::text[], ${priorities.map(([, w]) => w)}::float8[]) AS p(priority, w)),
    -- Completed in the period, or due in it and not completed by its end: two disjoint sets,
    -- each one range of an index per person (TaskStep_ownerId_completedAt_idx, _ownerId_deadline_idx).
    owned AS (
      SELECT s.id, s."taskId", s."ownerId", s.kind, s.deadline, s."completedAt"
        FROM "TaskStep" s
       WHERE s."ownerId" IN (SELECT id FROM people) AND s."completedAt" BETWEEN ${from} AND ${to}
      UNION ALL
      SELECT s.id, s."taskId", s."ownerId", s.kind, s.deadline, s."completedAt"
        FROM "TaskStep" s
       WHERE s."ownerId" IN (SELECT id FROM people) AND s.deadline BETWEEN ${from} AND ${to}
         AND (s."completedAt" IS NULL OR s."completedAt" > ${to})
    ),
    products AS (
      SELECT s."ownerId" AS person,
             coalesce(t."evaluationWeight", kw.w * pw.w) AS weight,
             coalesce(s."completedAt" BETWEEN ${from} AND ${to}, false) AS completed,
             CASE WHEN s."completedAt" BETWEEN ${from} AND ${to} AND s."completedAt" > s.deadline
                  AND NOT EXISTS (SELECT 1 FROM "Signal" g
                                   WHERE g."taskId" = s."taskId" AND g."stepId" = s.id
                                     AND g.kind = 'OVERDUE_NO_EXTENSION' AND g."answerStatus" = 'ACCEPTED')
                  THEN 1 - ${scheme.lateDeduction}::float8 ELSE 1 END AS timeliness
        FROM owned s
        JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
        JOIN kind_weight kw ON kw.kind = s.kind::text
        JOIN priority_weight pw ON pw.priority = t.priority::text
      UNION ALL
      SELECT m."userId", m.weight, true, 1
        FROM "ManualProduct" m
       WHERE m."userId" IN (SELECT id FROM people) AND m."periodKey" = ${period.key} AND m.status = 'CONFIRMED'
    )
    SELECT person,
           sum(weight)::float8 AS assigned,
           coalesce(sum(weight) FILTER (WHERE completed), 0)::float8 AS done,
           coalesce(sum(weight * timeliness) FILTER (WHERE completed), 0)::float8 AS timely
      FROM products
     GROUP BY person`;
  return new Map(
    rows.map((r) => [r.person, { assigned: r.assigned, quantity: r.done, quality: r.done, timeliness: r.timely }]),
  );
}

/** The sums of several people together: a unit's result, for its manager's score. */
export function addSums(list: Iterable<TProductSums>): TProductSums {
  const total = { assigned: 0, quantity: 0, quality: 0, timeliness: 0 };
  for (const s of list) {
    total.assigned += s.assigned;
    total.quantity += s.quantity;
    total.quality += s.quality;
    total.timeliness += s.timeliness;
  }
  return total;
}
