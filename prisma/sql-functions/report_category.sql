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
