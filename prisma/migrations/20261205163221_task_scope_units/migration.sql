-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "scopeUnitIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Written by hand: Task.scopeUnitIds holds every unit whose subtree the task falls in, the
-- units of its TaskUnit rows and all their ancestors (the ids along each unit's path), so that
-- a head's scope is one key of a GIN index. PostgreSQL intersects that index with the trigram
-- index of a text search (BitmapAnd), and reads only the rows both match, where the TaskUnit
-- semi-join had to read every task matching the words across the sector. It is kept by
-- task_units_refresh, in the same transaction as TaskUnit. Units are never moved to another
-- parent today; a feature that moves one must call task_scope_rebuild() afterwards.

-- The units of one task's subtrees, from its TaskUnit rows, sorted.
CREATE FUNCTION "task_scope_of"(p_task text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT COALESCE(array_agg(DISTINCT a ORDER BY a), ARRAY[]::text[])
    FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId",
         unnest(string_to_array(btrim(u.path, '/'), '/')) AS a
   WHERE tu."taskId" = p_task
$$;

-- The same for every task at once (the backfill, the bench generator and the tests' recount).
CREATE FUNCTION "task_scope_counted"() RETURNS TABLE ("taskId" text, "scopeUnitIds" text[]) LANGUAGE sql STABLE AS $$
  SELECT t.id, COALESCE(s.ids, ARRAY[]::text[])
    FROM "Task" t
    LEFT JOIN (
      SELECT tu."taskId", array_agg(DISTINCT a ORDER BY a) AS ids
        FROM "TaskUnit" tu JOIN "Unit" u ON u.id = tu."unitId",
             unnest(string_to_array(btrim(u.path, '/'), '/')) AS a
       GROUP BY tu."taskId"
    ) s ON s."taskId" = t.id
$$;

-- As before (migration task_units), then the task's scope, written only when it changed.
CREATE OR REPLACE FUNCTION "task_units_refresh"(p_task text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_scope text[];
BEGIN
  PERFORM 1 FROM "Task" WHERE id = p_task FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    DELETE FROM "TaskUnit" WHERE "taskId" = p_task;
    RETURN;
  END IF;
  DELETE FROM "TaskUnit" tu WHERE tu."taskId" = p_task
    AND NOT EXISTS (SELECT 1 FROM "task_units_of"(p_task) u WHERE u."unitId" = tu."unitId");
  INSERT INTO "TaskUnit" ("taskId", "unitId")
    SELECT p_task, u."unitId" FROM "task_units_of"(p_task) u ORDER BY u."unitId"
    ON CONFLICT DO NOTHING;
  v_scope := "task_scope_of"(p_task);
  UPDATE "Task" SET "scopeUnitIds" = v_scope WHERE id = p_task AND "scopeUnitIds" IS DISTINCT FROM v_scope;
END $$;

-- Rewrites every task's scope whose value differs from its recount.
CREATE FUNCTION "task_scope_rebuild"() RETURNS bigint LANGUAGE sql AS $$
  WITH updated AS (
    UPDATE "Task" t SET "scopeUnitIds" = c."scopeUnitIds"
      FROM "task_scope_counted"() c
     WHERE t.id = c."taskId" AND t."scopeUnitIds" IS DISTINCT FROM c."scopeUnitIds"
    RETURNING 1
  )
  SELECT count(*) FROM updated
$$;

-- Backfill, before the index is built.
SELECT "task_scope_rebuild"();

-- CreateIndex
CREATE INDEX "Task_scopeUnitIds_idx" ON "Task" USING GIN ("scopeUnitIds");
