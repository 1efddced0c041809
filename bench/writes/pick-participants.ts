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
  // Owners with fresh open steps in their own unit, counted on the same terms as findFreshSteps
  // takes them (an owner whose only fresh steps are in cancelled tasks has none).
  const { rows: owners } = await pool.query<{ ownerId: string; ownerPath: string; n: number }>(
    `SELECT s."ownerId", ou.path AS "ownerPath", count(*)::int AS n
       FROM "TaskStep" s
       JOIN "User" u ON u.id = s."ownerId" AND u."isActive" AND NOT ('UNIT_HEAD'::"Role" = ANY (u.roles))
       JOIN "Unit" ou ON ou.id = u."unitId"
       JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
      WHERE s.status IN ('TODO', 'IN_PROGRESS') AND s."unitId" = u."unitId"
        AND NOT EXISTS (SELECT 1 FROM bench.used_steps b WHERE b.step_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM "ExtensionRequest" e WHERE e."stepId" = s.id AND e.status = 'PENDING')
      GROUP BY 1, 2 ORDER BY count(*) DESC`,
  );
  const allHeads = await findHeads(pool);
  const heads: TParticipants["heads"] = [];
  const taken = new Set<string>();
  const depth = (path: string) => path.split("/").length - 2;
  // The owners with the most fresh steps first, so clients do not run out of work; each goes to
  // a chosen head over them, or opens a new one: the province's head where there is one (a
  // province's staff under a few heads, as a provincial director rules), else the nearest.
  // A second pass allows more heads when the first cannot fill the clients (small data sets).
  for (const maxHeads of [headCount, clients]) {
    for (const o of owners) {
      if (heads.length + taken.size >= clients) break;
      if (taken.has(o.ownerId)) continue;
      let head = heads.find((h) => h.owners.length < perHead && o.ownerPath.startsWith(h.path));
      if (!head && heads.length < maxHeads) {
        const cover = allHeads.filter((h) => o.ownerPath.startsWith(h.path) && !heads.some((c) => c.path === h.path));
        const pick = cover.find((h) => depth(h.path) === 2) ?? cover[0];
        if (pick) heads.push((head = { id: pick.id, path: pick.path, owners: [] }));
      }
      if (!head) continue;
      head.owners.push(o.ownerId);
      taken.add(o.ownerId);
    }
  }
  // A head with a single owner has nobody to hand a step over to: give them up.
  for (const h of heads.filter((x) => x.owners.length < 2)) heads.splice(heads.indexOf(h), 1);
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
