/**
 * Instants and their Asia/Ho_Chi_Minh calendar date: one table for localDateOf (unit test) and
 * for the database function "local_time" (tests/integration/calendar/local-time-sql.int.test.ts),
 * so the TypeScript rule and the SQL rule are held to the same answers.
 */
export const localDateOfCases: readonly (readonly [instant: string, localDate: string])[] = [
  ["2026-03-02T17:30:00Z", "2026-03-03"], // 00:30 on 3/3 in Hà Nội
  ["2026-03-02T16:59:59.999Z", "2026-03-02"], // 23:59:59.999 on 2/3
  ["2026-03-02T17:00:00Z", "2026-03-03"], // local midnight
  ["2025-12-31T17:00:00Z", "2026-01-01"], // new year arrives 7 hours earlier than UTC
  ["2026-02-13T23:00:00+07:00", "2026-02-13"],
  ["2026-03-31T17:30:00Z", "2026-04-01"], // a new month, locally
  ["2024-02-28T17:00:00Z", "2024-02-29"], // a leap day
];
