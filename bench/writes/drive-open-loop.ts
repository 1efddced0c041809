import { performAction, type TRunContext } from "./perform-action.ts";
import { planNextAction } from "./plan-next-action.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Arrivals beyond this many unanswered requests are counted as not sent, to keep the load bounded. */
const MAX_IN_FLIGHT = 500;

/**
 * Actions arriving at random (a Poisson process: exponential gaps) at `rate` per second for
 * `seconds` after a warm-up, each from a client of the pool that has something to do, sent
 * without waiting for earlier answers: how the server fares at a given load rather than at
 * its capacity. Returns the measured span and the arrivals that found nothing to send.
 */
export async function driveOpenLoop(
  ctx: TRunContext,
  rate: number,
  seconds: number,
  warmup: number,
): Promise<{ seconds: number; missed: number }> {
  const clients = [...ctx.world.clients.values()];
  const inFlight = new Set<Promise<void>>();
  ctx.measuring = false;
  const start = Date.now();
  const measureFrom = start + warmup * 1000;
  const end = measureFrom + seconds * 1000;
  let next = start;
  let missed = 0;
  while (next < end) {
    next += (-Math.log(1 - Math.random()) / rate) * 1000;
    if (next > Date.now()) await sleep(next - Date.now());
    ctx.measuring = Date.now() >= measureFrom;
    const planned = inFlight.size < MAX_IN_FLIGHT ? firstPlan(ctx, clients) : null;
    if (!planned) {
      if (ctx.measuring) missed++;
      continue;
    }
    const p = performAction(ctx, planned).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  return { seconds: (end - measureFrom) / 1000, missed };
}

/** A random client of the pool with something to do now (not told to wait by a 503). */
function firstPlan(
  ctx: TRunContext,
  clients: TRunContext["world"]["clients"] extends Map<string, infer C> ? C[] : never,
) {
  const offset = Math.floor(Math.random() * clients.length);
  for (let i = 0; i < clients.length; i++) {
    const c = clients[(offset + i) % clients.length];
    if (c.pausedUntil > Date.now()) continue;
    const planned = planNextAction(ctx.world, c);
    if (planned) return planned;
  }
  return null;
}
