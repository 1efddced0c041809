-- CreateTable
CREATE TABLE "TaskUnit" (
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "TaskUnit_pkey" PRIMARY KEY ("taskId","unitId")
);

-- CreateIndex
CREATE INDEX "TaskUnit_unitId_taskId_idx" ON "TaskUnit"("unitId", "taskId");

-- AddForeignKey
ALTER TABLE "TaskUnit" ADD CONSTRAINT "TaskUnit_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUnit" ADD CONSTRAINT "TaskUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: TaskUnit is kept by the triggers below, in the same transaction as every
-- write to the four sources of a task's units, so that no write path has to remember it.

-- The units one task involves: its lead unit, its coordinators, its steps' units and the units
-- its steps' consultations are addressed to.
CREATE FUNCTION "task_units_of"(p_task text) RETURNS TABLE ("unitId" text) LANGUAGE sql STABLE AS $$
  SELECT t."leadUnitId" FROM "Task" t WHERE t.id = p_task
  UNION SELECT c."unitId" FROM "TaskCoordinator" c WHERE c."taskId" = p_task
  UNION SELECT s."unitId" FROM "TaskStep" s WHERE s."taskId" = p_task
  UNION SELECT q."targetUnitId" FROM "Consultation" q JOIN "TaskStep" s ON s.id = q."stepId"
    WHERE s."taskId" = p_task AND q."targetUnitId" IS NOT NULL
$$;

-- The same for every task at once: what TaskUnit must hold (the backfill, the bench generator's
-- rebuild and the tests' recount).
CREATE FUNCTION "task_units_counted"() RETURNS TABLE ("taskId" text, "unitId" text) LANGUAGE sql STABLE AS $$
  SELECT t.id, t."leadUnitId" FROM "Task" t
  UNION SELECT c."taskId", c."unitId" FROM "TaskCoordinator" c
  UNION SELECT s."taskId", s."unitId" FROM "TaskStep" s
  UNION SELECT s."taskId", q."targetUnitId" FROM "Consultation" q JOIN "TaskStep" s ON s.id = q."stepId"
    WHERE q."targetUnitId" IS NOT NULL
$$;

-- Recomputes one task's rows: deletes the units it no longer involves, inserts the new ones.
-- The task's row is locked first (the lock every task write takes anyway, taken earlier), so
-- two transactions changing the units of one task run one after the other and the second one
-- reads what the first committed: without it, each could miss the other's uncommitted source
-- and delete a unit still involved. Rows are inserted in unit order. A task that is gone (its
-- rows are being deleted by cascade) keeps nothing.
CREATE FUNCTION "task_units_refresh"(p_task text) RETURNS void LANGUAGE plpgsql AS $$
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
END $$;

-- Refreshes the tasks a row belonged to and belongs to (either may be null), once each, in id order.
CREATE FUNCTION "task_units_refresh_pair"(p_old text, p_new text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_old IS NOT NULL AND (p_new IS NULL OR p_old < p_new) THEN PERFORM "task_units_refresh"(p_old); END IF;
  IF p_new IS NOT NULL THEN PERFORM "task_units_refresh"(p_new); END IF;
  IF p_old IS NOT NULL AND p_new IS NOT NULL AND p_old > p_new THEN PERFORM "task_units_refresh"(p_old); END IF;
END $$;

CREATE FUNCTION "task_units_on_task"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "task_units_refresh"(NEW.id);
  RETURN NULL;
END $$;

CREATE TRIGGER "Task_task_units_insert" AFTER INSERT ON "Task"
  FOR EACH ROW EXECUTE FUNCTION "task_units_on_task"();
CREATE TRIGGER "Task_task_units_update" AFTER UPDATE OF "leadUnitId" ON "Task"
  FOR EACH ROW WHEN (OLD."leadUnitId" IS DISTINCT FROM NEW."leadUnitId") EXECUTE FUNCTION "task_units_on_task"();

-- TaskCoordinator and TaskStep: the row's task, before and after.
CREATE FUNCTION "task_units_on_task_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_old text;
  v_new text;
BEGIN
  IF TG_OP <> 'INSERT' THEN v_old := OLD."taskId"; END IF;
  IF TG_OP <> 'DELETE' THEN v_new := NEW."taskId"; END IF;
  PERFORM "task_units_refresh_pair"(v_old, v_new);
  RETURN NULL;
END $$;

CREATE TRIGGER "TaskCoordinator_task_units_insert_delete" AFTER INSERT OR DELETE ON "TaskCoordinator"
  FOR EACH ROW EXECUTE FUNCTION "task_units_on_task_row"();
CREATE TRIGGER "TaskCoordinator_task_units_update" AFTER UPDATE OF "taskId", "unitId" ON "TaskCoordinator"
  FOR EACH ROW WHEN (OLD."taskId" IS DISTINCT FROM NEW."taskId" OR OLD."unitId" IS DISTINCT FROM NEW."unitId")
  EXECUTE FUNCTION "task_units_on_task_row"();
CREATE TRIGGER "TaskStep_task_units_insert_delete" AFTER INSERT OR DELETE ON "TaskStep"
  FOR EACH ROW EXECUTE FUNCTION "task_units_on_task_row"();
CREATE TRIGGER "TaskStep_task_units_update" AFTER UPDATE OF "taskId", "unitId" ON "TaskStep"
  FOR EACH ROW WHEN (OLD."taskId" IS DISTINCT FROM NEW."taskId" OR OLD."unitId" IS DISTINCT FROM NEW."unitId")
  EXECUTE FUNCTION "task_units_on_task_row"();

-- Consultation: the task of the step it hangs off, before and after. A consultation without a
-- target unit changes nothing; one deleted with its step (cascade) leaves the refresh to the
-- step's own trigger, which no longer sees it.
CREATE FUNCTION "task_units_on_consultation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_old text;
  v_new text;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."targetUnitId" IS NOT NULL THEN
    SELECT s."taskId" INTO v_old FROM "TaskStep" s WHERE s.id = OLD."stepId";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."targetUnitId" IS NOT NULL THEN
    SELECT s."taskId" INTO v_new FROM "TaskStep" s WHERE s.id = NEW."stepId";
  END IF;
  PERFORM "task_units_refresh_pair"(v_old, v_new);
  RETURN NULL;
END $$;

CREATE TRIGGER "Consultation_task_units_insert_delete" AFTER INSERT OR DELETE ON "Consultation"
  FOR EACH ROW EXECUTE FUNCTION "task_units_on_consultation"();
CREATE TRIGGER "Consultation_task_units_update" AFTER UPDATE OF "stepId", "targetUnitId" ON "Consultation"
  FOR EACH ROW WHEN (OLD."stepId" IS DISTINCT FROM NEW."stepId" OR OLD."targetUnitId" IS DISTINCT FROM NEW."targetUnitId")
  EXECUTE FUNCTION "task_units_on_consultation"();

-- Rebuilds the whole table from the sources: the bench generator's bulk load bypasses triggers.
CREATE FUNCTION "task_units_rebuild"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "TaskUnit";
  INSERT INTO "TaskUnit" ("taskId", "unitId") SELECT c."taskId", c."unitId" FROM "task_units_counted"() c ORDER BY 1, 2;
$$;

-- Backfill.
SELECT "task_units_rebuild"();
