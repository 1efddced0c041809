import type pg from "pg";
import { ACTION_KINDS, EVENT_KINDS, type TActionKind } from "./action-kinds.ts";
import type { TSample } from "./world.ts";

export type TEventCheck = { kind: TActionKind; ok2xx: number; events: number; unknown: number }[];

/**
 * No update lost or doubled: for the steps the run touched, the audit events of each kind
 * written since the run began (Event.seq above the highest before it) must equal the 2xx
 * answers of that kind, warm-up included. `unknown` counts requests without an answer
 * (timeout, broken connection) or with a 5xx: those may or may not have been written.
 */
export async function checkEvents(pool: pg.Pool, samples: TSample[], seqBefore: number): Promise<TEventCheck> {
  const stepIds = [...new Set(samples.map((s) => s.stepId))];
  const { rows } = await pool.query<{ kind: string; n: number }>(
    `SELECT kind::text AS kind, count(*)::int AS n FROM "Event" WHERE "stepId" = ANY ($1::text[]) AND seq > $2 GROUP BY 1`,
    [stepIds, seqBefore],
  );
  const byEvent = new Map(rows.map((r) => [r.kind, r.n]));
  return ACTION_KINDS.map((kind) => {
    const mine = samples.filter((s) => s.kind === kind);
    return {
      kind,
      ok2xx: mine.filter((s) => s.status >= 200 && s.status < 300).length,
      events: EVENT_KINDS[kind].reduce((a, e) => a + (byEvent.get(e) ?? 0), 0),
      unknown: mine.filter((s) => s.status === 0 || s.status >= 500).length,
    };
  }).filter((r) => r.ok2xx + r.events + r.unknown > 0);
}

/** The highest Event.seq now: events of the run are those above it. */
export async function eventSeqNow(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ s: string | null }>(`SELECT max(seq) AS s FROM "Event"`);
  return Number(rows[0].s ?? 0);
}
