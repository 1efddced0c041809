import type pg from "pg";

/**
 * Small SQL helpers in pg_temp, so the generator's statements read like the calendar rules
 * they follow. Timestamps are `timestamp without time zone` holding UTC and local time is
 * UTC+7, as in lib/domain/calendar: a deadline is 23:59:59.999 local on its date.
 * `now` is fixed once for the whole run, so every phase agrees on it.
 */
export async function createTempFunctions(client: pg.ClientBase, now: Date): Promise<void> {
  const nowLiteral = now.toISOString().slice(0, 23).replace("T", " ");
  if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/.test(nowLiteral)) throw new Error(`Unexpected instant ${nowLiteral}`);
  const fns = [
    `bench_now() RETURNS timestamp AS $$ SELECT timestamp '${nowLiteral}' $$`,
    `bench_local_date(ts timestamp) RETURNS date AS $$ SELECT (ts + interval '7 hours')::date $$`,
    `bench_today() RETURNS date AS $$ SELECT pg_temp.bench_local_date(pg_temp.bench_now()) $$`,
    // Saturday and Sunday fall back to the Friday before (holidays are ignored).
    `bench_weekday(d date) RETURNS date AS $$
       SELECT d - CASE extract(isodow FROM d)::int WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END $$`,
    `bench_next_weekday(d date) RETURNS date AS $$
       SELECT d + CASE extract(isodow FROM d)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END $$`,
    `bench_end_of_day(d date) RETURNS timestamp AS $$ SELECT d + interval '16:59:59.999' $$`,
    `bench_at_local(d date, hours double precision) RETURNS timestamp AS $$
       SELECT d + (hours - 7) * interval '1 hour' $$`,
    `bench_lerp(a timestamp, b timestamp, f double precision) RETURNS timestamp AS $$
       SELECT a + (b - a) * f $$`,
    `bench_frac(x double precision) RETURNS double precision AS $$ SELECT x - floor(x) $$`,
    // to_char is STABLE: declaring more would stop the planner from inlining the body.
    `bench_iso(ts timestamp) RETURNS text AS $$ SELECT to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$ STABLE`,
    `bench_ms(ts timestamp) RETURNS text AS $$ SELECT (extract(epoch FROM ts) * 1000)::bigint::text $$`,
  ];
  for (const fn of fns) {
    const volatility = fn.endsWith(" STABLE") ? "" : " IMMUTABLE";
    await client.query(`CREATE OR REPLACE FUNCTION pg_temp.${fn} LANGUAGE sql${volatility}`);
  }
}
