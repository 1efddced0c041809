import type pg from "pg";
import type { TActionKind } from "./action-kinds.ts";
import type { TCaptured } from "./capture-types.ts";

export type TBareResult = { ms: Map<TActionKind, number[]>; errors: Map<TActionKind, string> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Arrays go to pg as arrays; objects (JSON values) as JSON text; the rest as given. */
const toPgValue = (v: unknown) => (v === null || Array.isArray(v) || typeof v !== "object" ? v : JSON.stringify(v));

/**
 * The bare SQL of the run: the captured requests' statements (token check, BEGIN, the
 * transaction, ROLLBACK, any read after it) replayed one after another on one connection of a
 * pool sized like the app's, without Prisma, Next or any application code, with the same load
 * shape: `clients` back to back, or Poisson arrivals at `rate`. Kinds are drawn in the
 * proportions the app run had. Each replay ends with ROLLBACK, never COMMIT: a captured write
 * carries the ids and the step version of its capture, so a committed replay would make the
 * next replay of it hit a unique key or update no row; rolling back keeps every replay doing
 * the same work. The bare figure therefore omits the commit's WAL flush (a fraction of a ms
 * here), which makes the ratio slightly stricter. No capture is replayed twice at once, so
 * replays never wait on each other's row locks, as the app run's distinct steps do not.
 */
export async function replayBareSql(
  pool: pg.Pool,
  captured: TCaptured[],
  mix: Map<TActionKind, number>,
  load: { clients: number } | { rate: number },
  seconds: number,
): Promise<TBareResult> {
  const result: TBareResult = { ms: new Map(), errors: new Map() };
  const idle = new Map<TActionKind, TCaptured[]>();
  for (const c of captured) if (c.status < 300 && mix.get(c.kind)) idle.set(c.kind, [...(idle.get(c.kind) ?? []), c]);
  const total = [...idle.keys()].reduce((a, k) => a + mix.get(k)!, 0);
  const draw = (): TCaptured | undefined => {
    let r = Math.random() * total;
    const kind = [...idle.keys()].find((k) => (r -= mix.get(k)!) < 0) ?? [...idle.keys()][0];
    return idle.get(kind)?.pop();
  };
  const once = async (c: TCaptured) => {
    // Timed from before the pool's connection, as the app's request waits for its pool too.
    const started = performance.now();
    let conn: pg.PoolClient | undefined;
    try {
      conn = await pool.connect();
      for (const q of c.queries) await conn.query(q.sql === "COMMIT" ? "ROLLBACK" : q.sql, q.params.map(toPgValue));
      result.ms.set(c.kind, [...(result.ms.get(c.kind) ?? []), performance.now() - started]);
    } catch (e) {
      await conn?.query("ROLLBACK").catch(() => undefined);
      if (!result.errors.has(c.kind)) result.errors.set(c.kind, String(e).slice(0, 200));
    } finally {
      conn?.release();
      idle.get(c.kind)!.push(c);
    }
  };
  if (total === 0) return result;
  const end = Date.now() + seconds * 1000;
  if ("clients" in load) {
    await Promise.all(
      Array.from({ length: load.clients }, async () => {
        while (Date.now() < end) {
          const c = draw();
          if (c) await once(c);
          else await sleep(1);
        }
      }),
    );
    return result;
  }
  const inFlight = new Set<Promise<void>>();
  for (let next = Date.now(); next < end;) {
    next += (-Math.log(1 - Math.random()) / load.rate) * 1000;
    if (next > Date.now()) await sleep(next - Date.now());
    const c = draw();
    if (!c) continue;
    const p = once(c).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  return result;
}
