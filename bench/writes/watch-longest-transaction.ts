import pg from "pg";

export type TLongestTransaction = { ms: number; query: string; state: string };

/**
 * Polls pg_stat_activity every ~50 ms for the oldest open transaction of the other client
 * backends of the bench database (the application server's pool during a run, the replay's
 * pool during the bare SQL), and keeps the longest seen with its last statement. A transaction
 * shorter than the polling gap can be missed, which is fine: the target is about ones over 1 s.
 */
export function watchLongestTransaction(url: string) {
  const client = new pg.Client({ connectionString: url, application_name: "bench-writes-watch" });
  let longest: TLongestTransaction = { ms: 0, query: "", state: "" };
  let stopped = false;
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ ms: number; query: string; state: string }>(
        `SELECT extract(epoch FROM now() - xact_start) * 1000 AS ms, left(query, 120) AS query, state
           FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
            AND xact_start IS NOT NULL AND application_name NOT LIKE 'bench-writes%'
          ORDER BY xact_start LIMIT 1`,
      );
      if (rows[0] && Number(rows[0].ms) > longest.ms) longest = { ms: Number(rows[0].ms), query: rows[0].query, state: rows[0].state };
      await new Promise((r) => setTimeout(r, 50));
    }
    await client.end();
  })();
  return {
    async stop(): Promise<TLongestTransaction> {
      stopped = true;
      await done;
      return longest;
    },
  };
}
