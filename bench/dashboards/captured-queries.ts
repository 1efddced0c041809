import pg from "pg";

/** One SQL statement as the application sent it, with when it started and ended (ms). */
export type TCapturedQuery = { sql: string; params: unknown[]; start: number; end: number };

/**
 * Collects the statements Prisma sends while `record` is on: the client is created with
 * `log: [{ emit: "event", level: "query" }]` and `onQuery` is wired to its "query" event.
 */
export function createQueryRecorder() {
  let recording: TCapturedQuery[] | null = null;
  return {
    onQuery(e: { query: string; params: string; timestamp: Date; duration: number }) {
      if (!recording) return;
      const start = e.timestamp.getTime();
      recording.push({ sql: e.query, params: parseParams(e.params), start, end: start + e.duration });
    },
    async record(run: () => Promise<unknown>): Promise<TCapturedQuery[]> {
      recording = [];
      try {
        await run();
        return recording;
      } finally {
        recording = null;
      }
    },
  };
}

function parseParams(params: string): unknown[] {
  if (!params) return [];
  const parsed: unknown = JSON.parse(params);
  return Array.isArray(parsed) ? parsed : [];
}

/**
 * Replays captured statements straight through `pg`, without Prisma or any application code,
 * keeping the application's order: a statement starts once every statement that had ended
 * before it started (in the captured run) has ended, so statements that ran side by side
 * run side by side again. Returns the wall time in milliseconds.
 */
export async function replay(pool: pg.Pool, queries: readonly TCapturedQuery[]): Promise<number> {
  const started = performance.now();
  const done = new Map<TCapturedQuery, Promise<void>>();
  for (const q of [...queries].sort((a, b) => a.start - b.start)) {
    const before = queries.filter((o) => o !== q && o.end <= q.start).map((o) => done.get(o)!);
    done.set(
      q,
      Promise.all(before).then(async () => {
        await pool.query(q.sql, q.params.map(toPgValue));
      }),
    );
  }
  await Promise.all(done.values());
  return performance.now() - started;
}

/** Arrays go to pg as arrays; objects (JSON values) as JSON text; the rest as given. */
function toPgValue(value: unknown): unknown {
  if (value === null || Array.isArray(value) || typeof value !== "object") return value;
  return JSON.stringify(value);
}
