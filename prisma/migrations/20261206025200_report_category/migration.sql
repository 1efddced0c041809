-- Written by hand. The report category becomes one function, "report_category", whose source
-- is prisma/sql-functions/report_category.sql, copied here verbatim (a unit test,
-- tests/unit/prisma/sql-functions-in-migrations.test.ts, fails if the two differ). The
-- dashboards' query builders call it with their `now`; the roll-up triggers call it through
-- "rollup_state", kept under its name so the trigger functions that call it stay as they are,
-- now one call of the rule without a clock. Results are unchanged.

-- The report category of a step or task (lib/domain/rollups: reportCategoryOf), against its
-- CURRENT deadline: completed at the deadline instant is on time, open with as_of = deadline
-- is in time. A NULL as_of asks for the state without a clock, as the roll-up cells keep it
-- ("rollup_state"): an open item is then 'OPEN', split into in time and overdue when the
-- cells are read. IMMUTABLE (the clock is an argument), not STRICT, one expression in
-- LANGUAGE sql: the planner inlines it, so a query plans as if the CASE were written there.
CREATE OR REPLACE FUNCTION "report_category"(deadline timestamp, completed timestamp, as_of timestamp) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN completed IS NULL AND as_of IS NULL THEN 'OPEN'
              WHEN completed IS NULL AND as_of <= deadline THEN 'IN_TIME'
              WHEN completed IS NULL THEN 'OVERDUE'
              WHEN completed <= deadline THEN 'DONE_ON_TIME'
              ELSE 'DONE_LATE' END $$;

CREATE OR REPLACE FUNCTION "rollup_state"(deadline timestamp, completed timestamp) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT "report_category"(deadline, completed, NULL) $$;
