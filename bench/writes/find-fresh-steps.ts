import type pg from "pg";

export type TFreshStep = {
  id: string;
  taskId: string;
  version: number;
  status: string;
  deadline: Date;
  ownerId: string;
  ownerPath: string;
  stepPath: string;
};

/**
 * Open steps (TODO or IN_PROGRESS, task not cancelled) that no earlier run took, owned by
 * active people who are not heads (a head's own steps are decided by the head above), with
 * the unit paths that decide who may rule on them. `ownerIds` narrows it to chosen owners.
 */
export async function findFreshSteps(pool: pg.Pool, ownerIds: readonly string[] | null): Promise<TFreshStep[]> {
  const { rows } = await pool.query(
    `SELECT s.id, s."taskId", s.version, s.status::text AS status, s.deadline, s."ownerId", ou.path AS "ownerPath", su.path AS "stepPath"
       FROM "TaskStep" s
       JOIN "User" u ON u.id = s."ownerId" AND u."isActive" AND NOT ('UNIT_HEAD'::"Role" = ANY (u.roles))
       JOIN "Unit" ou ON ou.id = u."unitId"
       JOIN "Unit" su ON su.id = s."unitId"
       JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
      WHERE s.status IN ('TODO', 'IN_PROGRESS')
        AND ($1::text[] IS NULL OR s."ownerId" = ANY ($1::text[]))
        AND NOT EXISTS (SELECT 1 FROM bench.used_steps b WHERE b.step_id = s.id)
        -- One pending extension request per step: a step that has one could never ask again.
        AND NOT EXISTS (SELECT 1 FROM "ExtensionRequest" e WHERE e."stepId" = s.id AND e.status = 'PENDING')
      ORDER BY s.deadline DESC`,
    [ownerIds],
  );
  return rows as TFreshStep[];
}

/** Active heads (role UNIT_HEAD) with their unit's path, the deepest units first (district heads). */
export async function findHeads(pool: pg.Pool): Promise<{ id: string; path: string }[]> {
  const { rows } = await pool.query(
    `SELECT u.id, un.path FROM "User" u JOIN "Unit" un ON un.id = u."unitId"
      WHERE u."isActive" AND 'UNIT_HEAD'::"Role" = ANY (u.roles)
      ORDER BY length(un.path) DESC, u.id`,
  );
  return rows;
}
