import { performAction, type TRunContext } from "./perform-action.ts";
import { planNextAction } from "./plan-next-action.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Every client back to back for `seconds` after `warmup` seconds: each sends its next action
 * as soon as the previous one answered (a client with nothing to do looks again 10 ms later).
 * Returns the measured span in seconds.
 */
export async function driveClosedLoop(ctx: TRunContext, seconds: number, warmup: number): Promise<number> {
  ctx.measuring = false;
  const start = Date.now();
  const measureFrom = start + warmup * 1000;
  const end = measureFrom + seconds * 1000;
  const flip = setTimeout(() => (ctx.measuring = true), warmup * 1000);
  await Promise.all(
    [...ctx.world.clients.values()].map(async (client) => {
      while (Date.now() < end) {
        if (client.pausedUntil > Date.now()) {
          await sleep(client.pausedUntil - Date.now());
          continue;
        }
        const planned = planNextAction(ctx.world, client);
        if (planned) await performAction(ctx, planned);
        else await sleep(10);
      }
    }),
  );
  clearTimeout(flip);
  // An answer that came after the end still counts (the client was waiting for it).
  return (Math.max(Date.now(), end) - measureFrom) / 1000;
}
