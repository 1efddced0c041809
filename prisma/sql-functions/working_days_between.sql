-- The calendar's exceptions that change a count of working days ("rollup_calendar_delta": +1
-- for a weekend day worked, -1 for a holiday on a weekday), as two sorted arrays: the day
-- numbers (days since Sunday 1900-01-07) and the running sum of their deltas. One row, read
-- once per query (the dashboards join it) or per call (the triggers); an empty calendar gives
-- NULLs, which count as 0.
CREATE OR REPLACE FUNCTION "calendar_exceptions"() RETURNS TABLE (days int[], sums int[])
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT array_agg(e.k ORDER BY e.k), array_agg(e.cum ORDER BY e.k)
  FROM (SELECT x.k, (sum(x.delta) OVER (ORDER BY x.k))::int AS cum
        FROM (SELECT c.date::date - DATE '1900-01-07' AS k, "rollup_calendar_delta"(c.date, c.kind) AS delta
              FROM "CalendarDay" c) x
        WHERE x.delta <> 0) e $$;

-- Working days up to and including day number `k`, from an arbitrary origin (only differences
-- mean anything): Monday to Friday by arithmetic (k >= 0 here, so integer division is the
-- floor), plus the calendar's exceptions up to k, found by binary search (width_bucket).
CREATE OR REPLACE FUNCTION "working_days_through"(k int, exception_days int[], exception_sums int[]) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (k / 7) * 5 + least(k % 7, 5) + COALESCE(exception_sums[width_bucket(k, exception_days)], 0) $$;

-- Working days from the local date of `a` (exclusive) to the local date of `b` (inclusive),
-- negative when b falls on an earlier date: countWorkingDaysBetween in lib/domain/calendar.
-- The calendar comes in as the columns of "calendar_exceptions"(), so the function is
-- IMMUTABLE and, with columns for arguments, inlined by the planner into plain arithmetic.
CREATE OR REPLACE FUNCTION "working_days_between"(a timestamp, b timestamp, exception_days int[], exception_sums int[]) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT "working_days_through"("local_time"(b)::date - DATE '1900-01-07', exception_days, exception_sums)
       - "working_days_through"("local_time"(a)::date - DATE '1900-01-07', exception_days, exception_sums) $$;
