-- CreateTable
CREATE TABLE "RollupCell" (
    "level" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "daysLate" INTEGER NOT NULL,
    "extended" INTEGER NOT NULL,
    "doneWithinExtension" INTEGER NOT NULL,
    "openByDay" INTEGER[],

    CONSTRAINT "RollupCell_pkey" PRIMARY KEY ("level","unitId","personId","month","state")
);

-- CreateTable
CREATE TABLE "RollupPersonCell" (
    "level" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "daysLate" INTEGER NOT NULL,
    "extended" INTEGER NOT NULL,
    "doneWithinExtension" INTEGER NOT NULL,
    "openByDay" INTEGER[],

    CONSTRAINT "RollupPersonCell_pkey" PRIMARY KEY ("level","unitId","personId","month","state")
);

-- CreateTable
CREATE TABLE "RollupSignalCell" (
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "RollupSignalCell_pkey" PRIMARY KEY ("unitId","personId","month","kind")
);

-- CreateIndex
CREATE INDEX "RollupSignalCell_personId_month_idx" ON "RollupSignalCell"("personId", "month");

-- CreateTable
CREATE TABLE "RollupPersonYear" (
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "year" TEXT NOT NULL,
    "doneOnTime" INTEGER NOT NULL,
    "doneLate" INTEGER NOT NULL,

    CONSTRAINT "RollupPersonYear_pkey" PRIMARY KEY ("unitId","personId","year")
);

-- CreateIndex
CREATE INDEX "RollupPersonYear_year_idx" ON "RollupPersonYear"("year");

-- CreateTable
CREATE TABLE "RollupDirectiveUnit" (
    "unitId" TEXT NOT NULL,
    "directiveId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "RollupDirectiveUnit_pkey" PRIMARY KEY ("unitId","directiveId")
);

-- CreateIndex
CREATE INDEX "RollupDirectiveUnit_directiveId_idx" ON "RollupDirectiveUnit"("directiveId");

-- CreateIndex
CREATE INDEX "RollupCell_level_personId_month_idx" ON "RollupCell"("level", "personId", "month");

-- CreateIndex
CREATE INDEX "RollupPersonCell_level_personId_month_idx" ON "RollupPersonCell"("level", "personId", "month");

-- CreateIndex
CREATE INDEX "RollupPersonCell_level_month_idx" ON "RollupPersonCell"("level", "month");

-- CreateIndex
CREATE INDEX "Task_completedAt_deadline_idx" ON "Task"("completedAt", "deadline");

-- CreateIndex
CREATE INDEX "TaskStep_completedAt_deadline_idx" ON "TaskStep"("completedAt", "deadline");

-- CreateIndex
CREATE INDEX "Task_leadUnitId_completedAt_deadline_idx" ON "Task"("leadUnitId", "completedAt", "deadline");

-- CreateIndex
CREATE INDEX "TaskStep_unitId_completedAt_deadline_idx" ON "TaskStep"("unitId", "completedAt", "deadline");

-- ---------------------------------------------------------------------------------------------
-- Roll-up cells, kept by triggers. Every rule here mirrors lib/domain/rollups (rollUp,
-- reportCategoryOf) and lib/domain/calendar (countWorkingDaysBetween); the integration test
-- tests/integration/dashboards/rollups-match-domain.int.test.ts holds them equal.
-- Times are `timestamp without time zone` holding UTC; Hà Nội is UTC+7 all year.
-- ---------------------------------------------------------------------------------------------

-- 'YYYY-MM' of a UTC instant in Hà Nội (localMonthOf).
CREATE FUNCTION "rollup_local_month"(ts timestamp) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_char(ts + interval '7 hours', 'YYYY-MM') $$;

-- What a calendar exception adds to a count of working days: +1 for a weekend day worked,
-- -1 for a holiday on a weekday, 0 otherwise.
CREATE FUNCTION "rollup_calendar_delta"(day text, kind "CalendarDayKind") RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN kind = 'WORKING_DAY' AND extract(isodow FROM day::date) >= 6 THEN 1
              WHEN kind = 'HOLIDAY' AND extract(isodow FROM day::date) < 6 THEN -1 ELSE 0 END $$;

-- Working days from the local date of `a` (exclusive) to that of `b` (inclusive), a <= b:
-- Monday to Friday by arithmetic (from Sunday 1900-01-07), then the calendar's exceptions.
CREATE FUNCTION "rollup_working_days_between"(a timestamp, b timestamp) RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((kb / 7) * 5 + least(kb % 7, 5)) - ((ka / 7) * 5 + least(ka % 7, 5))
    + COALESCE((SELECT sum("rollup_calendar_delta"(c.date, c.kind))::int FROM "CalendarDay" c
                WHERE c.date > to_char(da, 'YYYY-MM-DD') AND c.date <= to_char(db, 'YYYY-MM-DD')), 0)
  FROM (SELECT da, db, (da - DATE '1900-01-07') AS ka, (db - DATE '1900-01-07') AS kb
        FROM (SELECT (a + interval '7 hours')::date AS da, (b + interval '7 hours')::date AS db) d) k $$;

-- The state a cell counts an item under (reportCategoryOf without `now`).
CREATE FUNCTION "rollup_state"(deadline timestamp, completed timestamp) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN completed IS NULL THEN 'OPEN' WHEN completed <= deadline THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END $$;

-- Day-of-month vectors of open cells, cumulative: element d counts the items due on days 1..d
-- of the month, so one item due on the local day of `deadline` is `v` from that day to the 31st
-- and 0 before it; added element by element (an empty array is zero).
CREATE FUNCTION "rollup_day_vector"(deadline timestamp, v int) RETURNS int[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(CASE WHEN i >= extract(day FROM deadline + interval '7 hours')::int THEN v ELSE 0 END ORDER BY i)
  FROM generate_series(1, 31) i $$;

CREATE FUNCTION "rollup_days_add"(a int[], b int[]) RETURNS int[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN COALESCE(cardinality(a), 0) = 0 THEN b WHEN COALESCE(cardinality(b), 0) = 0 THEN a
    ELSE ARRAY(SELECT x + y FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) ORDER BY i) END $$;

CREATE AGGREGATE "rollup_days_sum"(int[]) (SFUNC = "rollup_days_add", STYPE = int[], INITCOND = '{}');

-- Adds or removes one task led, or one step owned, by a unit under a directive.
CREATE FUNCTION "rollup_directive_unit_add"(p_directive text, p_unit text, p_sign int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RollupDirectiveUnit" AS r ("unitId", "directiveId", "n") VALUES (p_unit, p_directive, p_sign)
  ON CONFLICT ("unitId", "directiveId") DO UPDATE SET "n" = r."n" + EXCLUDED."n";
  IF p_sign < 0 THEN
    DELETE FROM "RollupDirectiveUnit" WHERE "unitId" = p_unit AND "directiveId" = p_directive AND "n" = 0;
  END IF;
END $$;

-- Adds (sign = 1) or removes (sign = -1) one item from its cells: the unit's own total
-- (RollupCell, personId '') and, for a step, its owner's (RollupPersonCell; a table of its own,
-- so that the units' totals stay few pages). Cells that fall to zero are deleted, so no empty
-- group appears.
CREATE FUNCTION "rollup_cell_add"(p_level text, p_unit text, p_person text, p_deadline timestamp,
  p_original timestamp, p_completed timestamp, p_sign int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_month text := "rollup_local_month"(COALESCE(p_completed, p_deadline));
  v_state text := "rollup_state"(p_deadline, p_completed);
  v_late int := CASE WHEN p_completed > p_deadline THEN "rollup_working_days_between"(p_deadline, p_completed) ELSE 0 END;
  v_ext int := CASE WHEN p_deadline > p_original THEN 1 ELSE 0 END;
  v_within int := CASE WHEN p_completed > p_original AND p_completed <= p_deadline THEN 1 ELSE 0 END;
  v_days int[] := CASE WHEN p_completed IS NULL THEN "rollup_day_vector"(p_deadline, p_sign) ELSE '{}'::int[] END;
  v_person text;
BEGIN
  FOREACH v_person IN ARRAY CASE WHEN p_person IS NULL THEN ARRAY[''] ELSE ARRAY['', p_person] END LOOP
    EXECUTE format($sql$
      INSERT INTO %I AS c ("level", "unitId", "personId", "month", "state", "n", "daysLate", "extended", "doneWithinExtension", "openByDay")
      VALUES ($1, $2, $3, $4, $5, $6, $6 * $7, $6 * $8, $6 * $9, $10)
      ON CONFLICT ("level", "unitId", "personId", "month", "state") DO UPDATE SET
        "n" = c."n" + EXCLUDED."n", "daysLate" = c."daysLate" + EXCLUDED."daysLate",
        "extended" = c."extended" + EXCLUDED."extended",
        "doneWithinExtension" = c."doneWithinExtension" + EXCLUDED."doneWithinExtension",
        "openByDay" = "rollup_days_add"(c."openByDay", EXCLUDED."openByDay") $sql$,
      CASE WHEN v_person = '' THEN 'RollupCell' ELSE 'RollupPersonCell' END)
    USING p_level, p_unit, v_person, v_month, v_state, p_sign, v_late, v_ext, v_within, v_days;
    IF p_sign < 0 THEN
      EXECUTE format($sql$
        DELETE FROM %I WHERE "level" = $1 AND "unitId" = $2 AND "personId" = $3 AND "month" = $4 AND "state" = $5 AND "n" = 0 $sql$,
        CASE WHEN v_person = '' THEN 'RollupCell' ELSE 'RollupPersonCell' END)
      USING p_level, p_unit, v_person, v_month, v_state;
    END IF;
  END LOOP;
  IF p_person IS NOT NULL AND p_completed IS NOT NULL THEN
    INSERT INTO "RollupPersonYear" AS y ("unitId", "personId", "year", "doneOnTime", "doneLate")
    VALUES (p_unit, p_person, left(v_month, 4), CASE WHEN v_state = 'DONE_ON_TIME' THEN p_sign ELSE 0 END,
      CASE WHEN v_state = 'DONE_LATE' THEN p_sign ELSE 0 END)
    ON CONFLICT ("unitId", "personId", "year") DO UPDATE SET
      "doneOnTime" = y."doneOnTime" + EXCLUDED."doneOnTime", "doneLate" = y."doneLate" + EXCLUDED."doneLate";
    IF p_sign < 0 THEN
      DELETE FROM "RollupPersonYear" WHERE "unitId" = p_unit AND "personId" = p_person AND "year" = left(v_month, 4)
        AND "doneOnTime" = 0 AND "doneLate" = 0;
    END IF;
  END IF;
END $$;

-- A step counts while its task exists and is not cancelled (the task's triggers handle the rest).
CREATE FUNCTION "rollup_cells_on_step"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_directive text;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT t."directiveId" INTO v_directive FROM "Task" t WHERE t.id = OLD."taskId" AND t.status <> 'CANCELLED';
    IF FOUND THEN
      PERFORM "rollup_cell_add"('step', OLD."unitId", OLD."ownerId", OLD.deadline, OLD."originalDeadline", OLD."completedAt", -1);
      PERFORM "rollup_directive_unit_add"(v_directive, OLD."unitId", -1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT t."directiveId" INTO v_directive FROM "Task" t WHERE t.id = NEW."taskId" AND t.status <> 'CANCELLED';
    IF FOUND THEN
      PERFORM "rollup_cell_add"('step', NEW."unitId", NEW."ownerId", NEW.deadline, NEW."originalDeadline", NEW."completedAt", 1);
      PERFORM "rollup_directive_unit_add"(v_directive, NEW."unitId", 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "TaskStep_rollup_cells"
  AFTER INSERT OR DELETE OR UPDATE OF "unitId", "ownerId", "deadline", "originalDeadline", "completedAt", "taskId" ON "TaskStep"
  FOR EACH ROW EXECUTE FUNCTION "rollup_cells_on_step"();

-- Adds (sign = 1) or removes (sign = -1) one signal from its cells: the unit's own total and,
-- when it is about a person, theirs.
CREATE FUNCTION "rollup_signal_add"(sg "Signal", p_sign int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_month text := "rollup_local_month"(sg.since);
  v_person text;
BEGIN
  FOREACH v_person IN ARRAY CASE WHEN sg."subjectUserId" IS NULL THEN ARRAY[''] ELSE ARRAY['', sg."subjectUserId"] END LOOP
    INSERT INTO "RollupSignalCell" AS c ("unitId", "personId", "month", "kind", "n")
    VALUES (sg."unitId", v_person, v_month, sg.kind::text, p_sign)
    ON CONFLICT ("unitId", "personId", "month", "kind") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
    IF p_sign < 0 THEN
      DELETE FROM "RollupSignalCell" WHERE "unitId" = sg."unitId" AND "personId" = v_person AND "month" = v_month
        AND "kind" = sg.kind::text AND "n" = 0;
    END IF;
  END LOOP;
END $$;

-- A signal counts while it counts against the person and its task exists and is not cancelled.
CREATE FUNCTION "rollup_cells_on_signal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD."countsAgainstPerson" AND EXISTS (SELECT 1 FROM "Task" t WHERE t.id = OLD."taskId" AND t.status <> 'CANCELLED') THEN
      PERFORM "rollup_signal_add"(OLD, -1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW."countsAgainstPerson" AND EXISTS (SELECT 1 FROM "Task" t WHERE t.id = NEW."taskId" AND t.status <> 'CANCELLED') THEN
      PERFORM "rollup_signal_add"(NEW, 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Signal_rollup_cells"
  AFTER INSERT OR DELETE OR UPDATE OF "countsAgainstPerson", "unitId", "subjectUserId", "since", "kind", "taskId" ON "Signal"
  FOR EACH ROW EXECUTE FUNCTION "rollup_cells_on_signal"();

-- A task's own cell, and its steps' and signals' cells when it is cancelled, restored or deleted.
CREATE FUNCTION "rollup_cells_on_task"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was boolean := false;
  now_counts boolean := false;
  s record;
  g "Signal";
BEGIN
  IF TG_OP <> 'INSERT' THEN was := OLD.status <> 'CANCELLED'; END IF;
  IF TG_OP <> 'DELETE' THEN now_counts := NEW.status <> 'CANCELLED'; END IF;
  IF was THEN
    PERFORM "rollup_cell_add"('task', OLD."leadUnitId", NULL, OLD.deadline, OLD."originalDeadline", OLD."completedAt", -1);
    PERFORM "rollup_directive_unit_add"(OLD."directiveId", OLD."leadUnitId", -1);
  END IF;
  IF now_counts THEN
    PERFORM "rollup_cell_add"('task', NEW."leadUnitId", NULL, NEW.deadline, NEW."originalDeadline", NEW."completedAt", 1);
    PERFORM "rollup_directive_unit_add"(NEW."directiveId", NEW."leadUnitId", 1);
  END IF;
  IF TG_OP <> 'INSERT' AND was <> now_counts THEN
    FOR s IN SELECT * FROM "TaskStep" WHERE "taskId" = OLD.id LOOP
      PERFORM "rollup_cell_add"('step', s."unitId", s."ownerId", s.deadline, s."originalDeadline", s."completedAt",
        CASE WHEN now_counts THEN 1 ELSE -1 END);
      IF now_counts THEN PERFORM "rollup_directive_unit_add"(NEW."directiveId", s."unitId", 1);
      ELSE PERFORM "rollup_directive_unit_add"(OLD."directiveId", s."unitId", -1); END IF;
    END LOOP;
    FOR g IN SELECT * FROM "Signal" WHERE "taskId" = OLD.id AND "countsAgainstPerson" LOOP
      PERFORM "rollup_signal_add"(g, CASE WHEN now_counts THEN 1 ELSE -1 END);
    END LOOP;
  END IF;
  IF was AND now_counts THEN
    IF OLD."directiveId" <> NEW."directiveId" THEN
      FOR s IN SELECT * FROM "TaskStep" WHERE "taskId" = OLD.id LOOP
        PERFORM "rollup_directive_unit_add"(OLD."directiveId", s."unitId", -1);
        PERFORM "rollup_directive_unit_add"(NEW."directiveId", s."unitId", 1);
      END LOOP;
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;

CREATE TRIGGER "Task_rollup_cells"
  AFTER INSERT OR UPDATE OF "status", "leadUnitId", "deadline", "originalDeadline", "completedAt", "directiveId" ON "Task"
  FOR EACH ROW EXECUTE FUNCTION "rollup_cells_on_task"();
-- Before the row goes (and its steps with it, by cascade), while its steps can still be read.
CREATE TRIGGER "Task_rollup_cells_delete"
  BEFORE DELETE ON "Task"
  FOR EACH ROW EXECUTE FUNCTION "rollup_cells_on_task"();

-- A calendar change moves the working days late of every late item whose lateness spans the
-- changed day: each such item gains the day's delta (added) or loses it (removed).
CREATE FUNCTION "rollup_cells_shift_late"(changes jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['RollupCell', 'RollupPersonCell'] LOOP
  EXECUTE format($sql$
  WITH ch AS (
    SELECT x.day, sum(x.delta)::int AS delta FROM jsonb_to_recordset($1) AS x(day text, delta int)
    WHERE x.delta <> 0 GROUP BY x.day
  ),
  items AS (
    SELECT 'step' AS level, s."unitId", s."ownerId" AS person, s.deadline, s."completedAt"
    FROM "TaskStep" s JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
    WHERE s."completedAt" > s.deadline
      AND s."completedAt" >= (SELECT min(day)::date - interval '7 hours' FROM ch)
    UNION ALL
    SELECT 'task', t."leadUnitId", NULL, t.deadline, t."completedAt" FROM "Task" t
    WHERE t.status <> 'CANCELLED' AND t."completedAt" > t.deadline
      AND t."completedAt" >= (SELECT min(day)::date - interval '7 hours' FROM ch)
  ),
  moved AS (
    SELECT i.level, i."unitId", p.person, "rollup_local_month"(i."completedAt") AS month, sum(ch.delta)::int AS delta
    FROM items i
    JOIN ch ON ch.day > to_char(i.deadline + interval '7 hours', 'YYYY-MM-DD')
           AND ch.day <= to_char(i."completedAt" + interval '7 hours', 'YYYY-MM-DD')
    CROSS JOIN LATERAL (SELECT '' AS person UNION ALL SELECT i.person WHERE i.person IS NOT NULL) p
    GROUP BY 1, 2, 3, 4
  )
  UPDATE %I c SET "daysLate" = c."daysLate" + m.delta
  FROM moved m
  WHERE c."level" = m.level AND c."unitId" = m."unitId" AND c."personId" = m.person
    AND c."month" = m.month AND c."state" = 'DONE_LATE' $sql$, tbl) USING changes;
  END LOOP;
END $$;

CREATE FUNCTION "rollup_cells_on_calendar"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changes jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('day', n.date, 'delta', "rollup_calendar_delta"(n.date, n.kind))) INTO changes FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('day', o.date, 'delta', -"rollup_calendar_delta"(o.date, o.kind))) INTO changes FROM old_rows o;
  ELSE
    SELECT jsonb_agg(x) INTO changes FROM (
      SELECT jsonb_build_object('day', o.date, 'delta', -"rollup_calendar_delta"(o.date, o.kind)) AS x FROM old_rows o
      UNION ALL SELECT jsonb_build_object('day', n.date, 'delta', "rollup_calendar_delta"(n.date, n.kind)) FROM new_rows n) u;
  END IF;
  IF changes IS NOT NULL THEN PERFORM "rollup_cells_shift_late"(changes); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CalendarDay_rollup_cells_insert" AFTER INSERT ON "CalendarDay"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_cells_on_calendar"();
CREATE TRIGGER "CalendarDay_rollup_cells_update" AFTER UPDATE ON "CalendarDay"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_cells_on_calendar"();
CREATE TRIGGER "CalendarDay_rollup_cells_delete" AFTER DELETE ON "CalendarDay"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "rollup_cells_on_calendar"();

-- Every cell as counted from the rows (what the triggers keep RollupCell, personId '', and
-- RollupPersonCell, the rest, equal to).
CREATE FUNCTION "rollup_cells_counted"() RETURNS TABLE ("level" text, "unitId" text, "personId" text, "month" text,
  "state" text, "n" int, "daysLate" int, "extended" int, "doneWithinExtension" int, "openByDay" int[])
LANGUAGE sql STABLE AS $$
  SELECT i.level, i."unitId", p.person, "rollup_local_month"(COALESCE(i."completedAt", i.deadline)),
    "rollup_state"(i.deadline, i."completedAt"), count(*)::int,
    COALESCE(sum(CASE WHEN i."completedAt" > i.deadline THEN "rollup_working_days_between"(i.deadline, i."completedAt") END), 0)::int,
    (count(*) FILTER (WHERE i.deadline > i."originalDeadline"))::int,
    (count(*) FILTER (WHERE i."completedAt" > i."originalDeadline" AND i."completedAt" <= i.deadline))::int,
    "rollup_days_sum"(CASE WHEN i."completedAt" IS NULL THEN "rollup_day_vector"(i.deadline, 1) ELSE '{}'::int[] END)
  FROM (
    SELECT 'step' AS level, s."unitId", s."ownerId" AS person, s.deadline, s."originalDeadline", s."completedAt"
    FROM "TaskStep" s JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
    UNION ALL
    SELECT 'task', t."leadUnitId", NULL, t.deadline, t."originalDeadline", t."completedAt" FROM "Task" t WHERE t.status <> 'CANCELLED'
  ) i
  CROSS JOIN LATERAL (SELECT '' AS person UNION ALL SELECT i.person WHERE i.person IS NOT NULL) p
  GROUP BY 1, 2, 3, 4, 5 $$;

-- Every person's steps done per unit and local year, as counted from the rows.
CREATE FUNCTION "rollup_person_years_counted"() RETURNS TABLE ("unitId" text, "personId" text, "year" text, "doneOnTime" int, "doneLate" int)
LANGUAGE sql STABLE AS $$
  SELECT s."unitId", s."ownerId", left("rollup_local_month"(s."completedAt"), 4),
    (count(*) FILTER (WHERE s."completedAt" <= s.deadline))::int, (count(*) FILTER (WHERE s."completedAt" > s.deadline))::int
  FROM "TaskStep" s JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
  WHERE s."completedAt" IS NOT NULL
  GROUP BY 1, 2, 3 $$;

-- Every directive's tasks led and steps owned per unit, as counted from the rows.
CREATE FUNCTION "rollup_directive_units_counted"() RETURNS TABLE ("unitId" text, "directiveId" text, "n" int)
LANGUAGE sql STABLE AS $$
  SELECT i."unitId", i."directiveId", count(*)::int FROM (
    SELECT t."leadUnitId" AS "unitId", t."directiveId" FROM "Task" t WHERE t.status <> 'CANCELLED'
    UNION ALL
    SELECT s."unitId", t."directiveId" FROM "TaskStep" s JOIN "Task" t ON t.id = s."taskId" AND t.status <> 'CANCELLED'
  ) i GROUP BY 1, 2 $$;

-- Every signal cell as counted from the rows.
CREATE FUNCTION "rollup_signal_cells_counted"() RETURNS TABLE ("unitId" text, "personId" text, "month" text, "kind" text, "n" int)
LANGUAGE sql STABLE AS $$
  SELECT sg."unitId", p.person, "rollup_local_month"(sg.since), sg.kind::text, count(*)::int
  FROM "Signal" sg JOIN "Task" t ON t.id = sg."taskId" AND t.status <> 'CANCELLED'
  CROSS JOIN LATERAL (SELECT '' AS person UNION ALL SELECT sg."subjectUserId" WHERE sg."subjectUserId" IS NOT NULL) p
  WHERE sg."countsAgainstPerson"
  GROUP BY 1, 2, 3, 4 $$;

-- Recounts every cell: after a bulk load that bypassed the triggers
-- (session_replication_role = replica), and once here for the rows already present.
CREATE FUNCTION "rollup_cells_rebuild"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "RollupCell";
  DELETE FROM "RollupPersonCell";
  INSERT INTO "RollupCell" ("level", "unitId", "personId", "month", "state", "n", "daysLate", "extended", "doneWithinExtension", "openByDay")
  SELECT * FROM "rollup_cells_counted"() c WHERE c."personId" = '';
  INSERT INTO "RollupPersonCell" ("level", "unitId", "personId", "month", "state", "n", "daysLate", "extended", "doneWithinExtension", "openByDay")
  SELECT * FROM "rollup_cells_counted"() c WHERE c."personId" <> '';
  DELETE FROM "RollupPersonYear";
  INSERT INTO "RollupPersonYear" ("unitId", "personId", "year", "doneOnTime", "doneLate") SELECT * FROM "rollup_person_years_counted"();
  DELETE FROM "RollupDirectiveUnit";
  INSERT INTO "RollupDirectiveUnit" ("unitId", "directiveId", "n") SELECT * FROM "rollup_directive_units_counted"();
  DELETE FROM "RollupSignalCell";
  INSERT INTO "RollupSignalCell" ("unitId", "personId", "month", "kind", "n") SELECT * FROM "rollup_signal_cells_counted"() $$;

SELECT "rollup_cells_rebuild"();
