import pg from "pg";
import { APP_CONNECTION_NAME } from "./start-app-server.ts";

/** `seen`: whether any connection of the server showed up at all (if not, the figure means nothing). */
export type TLongestTransaction = { ms: number; query: string; state: string; seen: boolean };

/**
 * Polls pg_stat_activity every ~50 ms for the oldest open transaction of the application
 * server's connections (named by PGAPPNAME, so other sessions on the same database do not
 * count), and keeps the longest seen with its last statement. A transaction
 * shorter than the polling gap can be missed, which is fine: the target is about ones over 1 s.
 */
export function watchLongestTransaction(url: string) {
  const client = new pg.Client({ connectionString: url, application_name: "bench-writes-watch" });
  let longest: TLongestTransaction = { ms: 0, query: "", state: "", seen: false };
  let seen = false;
  let stopped = false;
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ ms: number | null; query: string; state: string }>(
        `SELECT extract(epoch FROM now() - xact_start) * 1000 AS ms, left(query, 120) AS query, state
           FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = $1
          ORDER BY xact_start NULLS LAST LIMIT 1`,
        [APP_CONNECTION_NAME],
      );
      if (rows[0]) seen = true;
      if (rows[0]?.ms != null && Number(rows[0].ms) > longest.ms)
        longest = { ms: Number(rows[0].ms), query: rows[0].query, state: rows[0].state, seen };
      await new Promise((r) => setTimeout(r, 50));
    }
    await client.end();
  })();
  return {
    async stop(): Promise<TLongestTransaction> {
      stopped = true;
      await done;
      return { ...longest, seen };
    },
  };
}
