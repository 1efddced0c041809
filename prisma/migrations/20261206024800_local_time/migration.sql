-- Written by hand. The +7 hours of Asia/Ho_Chi_Minh becomes one function, "local_time", whose
-- source is prisma/sql-functions/local_time.sql, copied here verbatim (a unit test,
-- tests/unit/prisma/sql-functions-in-migrations.test.ts, fails if the two differ). The
-- roll-up functions that spelled the offset themselves now call it; their results are
-- unchanged, and being inlined it costs nothing over the expression it replaces.

-- The Asia/Ho_Chi_Minh wall-clock time of a `timestamp` holding UTC. Vietnam has kept UTC+7
-- without daylight saving since 1975, so a fixed seven hours is exact (lib/domain/calendar:
-- localDateOf), and several times cheaper over a million rows than AT TIME ZONE twice; note
-- that `ts AT TIME ZONE 'Asia/Ho_Chi_Minh'` alone would read UTC as Hà Nội time and shift it
-- the wrong way. Its local date is "local_time"(ts)::date. IMMUTABLE, not STRICT, one
-- expression in LANGUAGE sql: the planner inlines it, so a query that calls it plans as if
-- `ts + interval '7 hours'` were written there.
CREATE OR REPLACE FUNCTION "local_time"(ts timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ts + interval '7 hours' $$;

CREATE OR REPLACE FUNCTION "rollup_local_month"(ts timestamp) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_char("local_time"(ts), 'YYYY-MM') $$;

CREATE OR REPLACE FUNCTION "rollup_working_days_between"(a timestamp, b timestamp) RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((kb / 7) * 5 + least(kb % 7, 5)) - ((ka / 7) * 5 + least(ka % 7, 5))
    + COALESCE((SELECT sum("rollup_calendar_delta"(c.date, c.kind))::int FROM "CalendarDay" c
                WHERE c.date > to_char(da, 'YYYY-MM-DD') AND c.date <= to_char(db, 'YYYY-MM-DD')), 0)
  FROM (SELECT da, db, (da - DATE '1900-01-07') AS ka, (db - DATE '1900-01-07') AS kb
        FROM (SELECT "local_time"(a)::date AS da, "local_time"(b)::date AS db) d) k $$;

CREATE OR REPLACE FUNCTION "rollup_day_vector"(deadline timestamp, v int) RETURNS int[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(CASE WHEN i >= extract(day FROM "local_time"(deadline))::int THEN v ELSE 0 END ORDER BY i)
  FROM generate_series(1, 31) i $$;

-- A calendar change moves the working days late of every late item whose lateness spans the
-- changed day: each such item gains the day's delta (added) or loses it (removed).
CREATE OR REPLACE FUNCTION "rollup_cells_shift_late"(changes jsonb) RETURNS void LANGUAGE plpgsql AS $$
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
    JOIN ch ON ch.day > to_char("local_time"(i.deadline), 'YYYY-MM-DD')
           AND ch.day <= to_char("local_time"(i."completedAt"), 'YYYY-MM-DD')
    CROSS JOIN LATERAL (SELECT '' AS person UNION ALL SELECT i.person WHERE i.person IS NOT NULL) p
    GROUP BY 1, 2, 3, 4
  )
  UPDATE %I c SET "daysLate" = c."daysLate" + m.delta
  FROM moved m
  WHERE c."level" = m.level AND c."unitId" = m."unitId" AND c."personId" = m.person
    AND c."month" = m.month AND c."state" = 'DONE_LATE' $sql$, tbl) USING changes;
  END LOOP;
END $$;
