-- The calendar is read by every write that computes deadlines or signals (buildCalendar), so a
-- row it cannot accept would break them all: the database refuses such rows, as the admin
-- page's validation does. A working day swapped in must be a Saturday or Sunday; the date is a
-- real YYYY-MM-DD day of its year.
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_date_check"
  CHECK ("date" ~ '^\d{4}-\d{2}-\d{2}$' AND to_char("date"::date, 'YYYY-MM-DD') = "date" AND "year" = substr("date", 1, 4)::int);
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_working_day_is_weekend_check"
  CHECK ("kind" <> 'WORKING_DAY' OR extract(isodow FROM "date"::date) IN (6, 7));
