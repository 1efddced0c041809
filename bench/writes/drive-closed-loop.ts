import { performAction, type TRunContext } from "./perform-action.ts";
import { planNextAction } from "./plan-next-action.ts";
import type { TClient } from "./world.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `concurrency` sessions back to back for `seconds` after `warmup` seconds: each sends its next
 * action as soon as the previous one answered, for the next person of the population who has
 * something to do and no request of their own in flight (round robin), so that a person's
 * requests never overlap. The population is larger than the sessions because a staff member's
 * dozen open steps are done within the minute: a session whose person runs out moves on to
 * someone else, as new people sign in. A session that finds nobody with work looks again 10 ms
 * later. Returns the measured span in seconds.
 */
export async function driveClosedLoop(
  ctx: TRunContext,
  seconds: number,
  warmup: number,
  concurrency: number,
): Promise<number> {
  const clients = [...ctx.world.clients.values()];
  const busy = new Set<TClient>();
  let cursor = 0;
  const nextPlan = () => {
    for (let i = 0; i < clients.length; i++) {
      const client = clients[(cursor + i) % clients.length];
      if (busy.has(client) || client.pausedUntil > Date.now()) continue;
      const planned = planNextAction(ctx.world, client);
      if (!planned) continue;
      cursor = (cursor + i + 1) % clients.length;
      return planned;
    }
    return null;
  };
  ctx.measuring = false;
  const start = Date.now();
  const measureFrom = start + warmup * 1000;
  const end = measureFrom + seconds * 1000;
  const flip = setTimeout(() => (ctx.measuring = true), warmup * 1000);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const planned = nextPlan();
        if (!planned) {
          await sleep(10);
          continue;
        }
        busy.add(planned.client);
        try {
          await performAction(ctx, planned);
        } finally {
          busy.delete(planned.client);
        }
      }
    }),
  );
  clearTimeout(flip);
  // An answer that came after the end still counts (the session was waiting for it).
  return (Math.max(Date.now(), end) - measureFrom) / 1000;
}
