import "server-only";
import { msg } from "@/lib/i18n/message";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/prisma";
import { ApiError } from "./api-error";

/** Requests per minute for one token (or one signed-in user) unless API_RATE_LIMIT_PER_MINUTE says otherwise. */
export const DEFAULT_API_RATE_LIMIT_PER_MINUTE = 120;

/** The configured limit (API_RATE_LIMIT_PER_MINUTE, validated in lib/env.ts) or the default. */
export function apiRateLimitPerMinute(): number {
  return env().apiRateLimitPerMinute ?? DEFAULT_API_RATE_LIMIT_PER_MINUTE;
}
/** A window is one minute of the clock, the same on every instance. */
export const RATE_WINDOW_MS = 60_000;

export type TRateLimitState = { limit: number; remaining: number; resetSeconds: number };

/**
 * Counts one request for `key` in the current minute and throws 429 with Retry-After once the
 * minute's limit is used up. The count lives in PostgreSQL (ApiRateWindow), so every app
 * instance shares it: one upsert per request, atomic under concurrency (ON CONFLICT takes the
 * row lock, so two instances never read the same count). Refused requests count too, which
 * changes nothing: the caller is over the limit until the minute ends either way. Finished
 * minutes are deleted by a job (pruneApiRateWindows).
 */
export async function consumeRateLimit(key: string, now: Date, limit: number): Promise<TRateLimitState> {
  const t = now.getTime();
  const windowStart = new Date(t - (t % RATE_WINDOW_MS));
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0].count);
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + RATE_WINDOW_MS - t) / 1000));
  if (count > limit) {
    throw new ApiError(429, "RATE_LIMITED", msg("api.rateLimited", { limit, seconds: resetSeconds }), {
      "Retry-After": String(resetSeconds),
      ...rateLimitHeaders({ limit, remaining: 0, resetSeconds }),
    });
  }
  return { limit, remaining: limit - count, resetSeconds };
}

export function rateLimitHeaders(s: TRateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(s.limit),
    "RateLimit-Remaining": String(s.remaining),
    "RateLimit-Reset": String(s.resetSeconds),
  };
}
