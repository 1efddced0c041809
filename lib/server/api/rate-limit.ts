import "server-only";
import { msg } from "@/lib/i18n/message";
import { env } from "@/lib/env";
import { ApiError } from "./api-error";

/** Requests per minute for one token (or one signed-in user) unless API_RATE_LIMIT_PER_MINUTE says otherwise. */
export const DEFAULT_API_RATE_LIMIT_PER_MINUTE = 120;

/** The configured limit (API_RATE_LIMIT_PER_MINUTE, validated in lib/env.ts) or the default. */
export function apiRateLimitPerMinute(): number {
  return env().apiRateLimitPerMinute ?? DEFAULT_API_RATE_LIMIT_PER_MINUTE;
}
const WINDOW_MS = 60_000;
/** Above this many keys, finished windows are swept so that the map cannot grow without bound. */
const SWEEP_ABOVE = 10_000;

type TWindow = { startedAt: number; count: number };
export type TRateLimitState = { limit: number; remaining: number; resetSeconds: number };

// A fixed window per key, in memory: the app runs as one process. Several processes would
// each allow the limit; a shared store (PostgreSQL or Redis) would then be needed.
const globalForLimit = globalThis as unknown as { __trachNhiemApiWindows?: Map<string, TWindow> };
const windows = (globalForLimit.__trachNhiemApiWindows ??= new Map());

/** Counts one request for `key`; throws 429 with Retry-After once the window's limit is used up. */
export function consumeRateLimit(key: string, now: Date, limit: number): TRateLimitState {
  const t = now.getTime();
  if (windows.size > SWEEP_ABOVE) {
    for (const [k, w] of windows) if (t - w.startedAt >= WINDOW_MS) windows.delete(k);
  }
  let w = windows.get(key);
  if (!w || t - w.startedAt >= WINDOW_MS) {
    w = { startedAt: t, count: 0 };
    windows.set(key, w);
  }
  const resetSeconds = Math.max(1, Math.ceil((w.startedAt + WINDOW_MS - t) / 1000));
  if (w.count >= limit) {
    throw new ApiError(429, "RATE_LIMITED", msg("api.rateLimited", { limit, seconds: resetSeconds }), {
      "Retry-After": String(resetSeconds),
      ...rateLimitHeaders({ limit, remaining: 0, resetSeconds }),
    });
  }
  w.count++;
  return { limit, remaining: limit - w.count, resetSeconds };
}

export function rateLimitHeaders(s: TRateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(s.limit),
    "RateLimit-Remaining": String(s.remaining),
    "RateLimit-Reset": String(s.resetSeconds),
  };
}
