import type pg from "pg";
import { findFreshSteps, findHeads, type TFreshStep } from "./find-fresh-steps.ts";

export type TParticipants = { heads: { id: string; path: string; owners: string[] }[]; steps: TFreshStep[] };

/**
 * Chooses the people of one scenario: about one head in ten clients, each with owners whose
 * unit and open steps lie in the head's unit tree (so the head may rule on their returns,
 * decide their extensions and hand their steps over among them), and for each owner up to
 * `stepsPerClient` fresh steps, at most one per task, so no two clients' steps interact.
 */
export async function pickParticipants(pool: pg.Pool, clients: number, stepsPerClient: number): Promise<TParticipants> {
  const headCount = Math.max(1, Math.round(clients / 10));
  const perHead = Math.max(2, Math.ceil((clients - headCount) / headCount));
  // Owners with enough fresh open steps in their own unit tree, counted without reading the rows.
  const { rows: owners } = await pool.query<{ ownerId: string; ownerPath: string; n: number }>(
    `SELECT s."ownerId", ou.path AS "ownerPath", count(*)::int AS n
       FROM "TaskStep" s
       JOIN "User" u ON u.id = s."ownerId" AND u."isActive" AND NOT ('UNIT_HEAD'::"Role" = ANY (u.roles))
       JOIN "Unit" ou ON ou.id = u."unitId"
      WHERE s.status IN ('TODO', 'IN_PROGRESS') AND s."unitId" = u."unitId"
        AND NOT EXISTS (SELECT 1 FROM bench.used_steps b WHERE b.step_id = s.id)
      GROUP BY 1, 2 ORDER BY count(*) DESC`,
  );
  const heads: TParticipants["heads"] = [];
  const taken = new Set<string>();
  const usedUnits = new Set<string>();
  // About one head in ten clients; more heads when theirs have few owners (small data sets).
  for (const head of await findHeads(pool)) {
    if (heads.length >= headCount && heads.length + taken.size >= clients) break;
    if (usedUnits.has(head.path)) continue;
    const room = Math.min(perHead, clients - heads.length - 1 - taken.size);
    const mine = owners.filter((o) => !taken.has(o.ownerId) && o.ownerPath.startsWith(head.path)).slice(0, Math.max(room, 2));
    if (mine.length < 2) continue;
    mine.forEach((o) => taken.add(o.ownerId));
    usedUnits.add(head.path);
    heads.push({ id: head.id, path: head.path, owners: mine.map((o) => o.ownerId) });
  }
  const headOf = new Map(heads.flatMap((h) => h.owners.map((o) => [o, h.path] as const)));
  const perOwner = new Map<string, number>();
  const tasks = new Set<string>();
  const steps: TFreshStep[] = [];
  for (const s of await findFreshSteps(pool, [...headOf.keys()])) {
    const n = perOwner.get(s.ownerId) ?? 0;
    if (n >= stepsPerClient || tasks.has(s.taskId) || !s.stepPath.startsWith(headOf.get(s.ownerId)!)) continue;
    perOwner.set(s.ownerId, n + 1);
    tasks.add(s.taskId);
    steps.push(s);
  }
  return { heads, steps };
}
