-- The audit trail is append-only (migration init refuses UPDATE and DELETE row by row), but
-- TRUNCATE fires no row trigger and would wipe it in one statement. A statement trigger
-- refuses it too. On PostgreSQL the application's role also lacks the TRUNCATE privilege and
-- cannot disable triggers (it owns no table and is no superuser); on PGlite, which has a
-- single user, this trigger is the guard.
CREATE FUNCTION "event_is_not_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Event rows are append-only (TRUNCATE refused)' USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER "Event_no_truncate"
  BEFORE TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "event_is_not_truncated"();
