import { loadavg } from "node:os";
import type pg from "pg";
import { REREAD, type TActionKind } from "./action-kinds.ts";
import { buildWorld } from "./build-world.ts";
import type { TCaptured } from "./capture-types.ts";
import { checkEvents, eventSeqNow } from "./check-events.ts";
import { createApiTokens, revokeApiTokens } from "./create-api-tokens.ts";
import { driveClosedLoop } from "./drive-closed-loop.ts";
import { driveOpenLoop } from "./drive-open-loop.ts";
import type { TRunContext } from "./perform-action.ts";
import { pickParticipants } from "./pick-participants.ts";
import { markStepsUsed } from "./prepare-bench-schema.ts";
import type { TScenario } from "./read-writes-config.ts";
import { replayBareSql } from "./replay-bare-sql.ts";
import type { TScenarioResult } from "./scenario-result.ts";
import { watchLongestTransaction } from "./watch-longest-transaction.ts";

/** How many people the closed loop draws on per concurrent session. */
const CLOSED_LOOP_POPULATION = 3;

const WARMUP_SECONDS = 5;

/**
 * One scenario: fresh people and steps (marked used before the first request, so an
 * interrupted run never hands them to the next), their tokens, the load through the REST API
 * with the longest transaction watched, the event check, then the bare SQL at the same load.
 */
export async function runScenario(
  pool: pg.Pool,
  replayPool: pg.Pool,
  o: {
    url: string;
    base: string;
    serverLog: string[];
    scenario: TScenario;
    stepsPerClient: number;
    bareSeconds: number;
    captured: TCaptured[];
  },
): Promise<TScenarioResult> {
  const { scenario } = o;
  const label = `${new Date().toISOString()} ${scenario.mode} ${scenario.clients}`;
  // The closed loop's sessions draw on a population CLOSED_LOOP_POPULATION times larger: one
  // person's dozen open steps would be done within the minute (driveClosedLoop).
  const population = scenario.mode === "closed" ? scenario.clients * CLOSED_LOOP_POPULATION : scenario.clients;
  const p = await pickParticipants(pool, population, o.stepsPerClient);
  await markStepsUsed(
    pool,
    p.steps.map((s) => s.id),
    `run ${label}`,
  );
  const users = [...p.heads.map((h) => h.id), ...p.heads.flatMap((h) => h.owners)];
  if (users.length < population)
    console.error(
      `  ! only ${users.length} clients could be formed (asked ${population}): the data set has too few open steps under heads`,
    );
  const world = buildWorld(p, await createApiTokens(pool, users, label));
  const ctx: TRunContext = { base: o.base, world, samples: [], measuring: false, firstErrors: new Map() };
  const seqBefore = await eventSeqNow(pool);
  const loadBefore = loadavg()[0];
  const logFrom = o.serverLog.length;
  const watcher = watchLongestTransaction(o.url);
  let seconds: number;
  let missed = 0;
  const sessions = Math.min(scenario.clients, users.length);
  if (scenario.mode === "closed") seconds = await driveClosedLoop(ctx, scenario.seconds, WARMUP_SECONDS, sessions);
  else ({ seconds, missed } = await driveOpenLoop(ctx, scenario.rate, scenario.seconds, WARMUP_SECONDS));
  const longest = await watcher.stop();
  const loadAfter = loadavg()[0];
  const serverErrors = distinctErrors(o.serverLog.slice(logFrom));
  const check = await checkEvents(pool, ctx.samples, seqBefore);
  await revokeApiTokens(pool, label);
  const mix = new Map<TActionKind, number>();
  for (const s of ctx.samples) if (s.measured && s.kind !== REREAD) mix.set(s.kind, (mix.get(s.kind) ?? 0) + 1);
  console.error(`  … bare SQL replay (${o.bareSeconds} s)`);
  const load = scenario.mode === "closed" ? { clients: sessions } : { rate: scenario.rate };
  const bare = await replayBareSql(replayPool, o.captured, mix, load, o.bareSeconds);
  return {
    scenario,
    clients: users.length,
    sessions: scenario.mode === "closed" ? sessions : null,
    heads: p.heads.length,
    steps: p.steps.length,
    seconds,
    missed,
    samples: ctx.samples,
    longest,
    bare,
    check,
    firstErrors: ctx.firstErrors,
    load: [loadBefore, loadAfter],
    serverErrors,
  };
}

/** The server's error lines of the run, each kind once (ids and numbers blanked to group them). */
function distinctErrors(lines: string[]): string[] {
  const seen = new Map<string, string>();
  for (const line of lines) {
    if (!/error|exception|timeout/i.test(line)) continue;
    const key = line.replace(/[0-9a-f-]{36}|\d+/gi, "#").slice(0, 160);
    if (!seen.has(key)) seen.set(key, line.slice(0, 300));
  }
  return [...seen.values()].slice(0, 5);
}
