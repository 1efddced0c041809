/**
 * When repeated sign-in failures hold further attempts back. Failures are counted per account
 * (whatever address they come from: a guesser spread over many machines is still held back) and
 * per client address (one machine trying many accounts).
 *
 * An account's failures count together while each comes within 15 minutes of the one before
 * (a run). From the 5th failure of a run, attempts are refused for 1 minute after the latest
 * failure, then 2, 4, 8, and at most 15 minutes: the delay doubles with each further failure,
 * never with a refused attempt. So no lock lasts more than 15 minutes after the last wrong
 * password; only someone who keeps failing keeps an account locked, and a successful sign-in or
 * a password reset by e-mail clears the account's failures at once. An address is refused while
 * it has 30 failures in the last 15 minutes, over any accounts.
 */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** How far back the account's failures are read: a run longer than this no longer grows its delay. */
export const ACCOUNT_LOOKBACK_MS = 24 * 60 * 60_000;
export const ACCOUNT_FAILURES_BEFORE_DELAY = 5;
export const ADDRESS_FAILURES_LIMIT = 30;
export const FIRST_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 15 * 60_000;

export type TSignInThrottle =
  { allowed: true } | { allowed: false; scope: "account" | "address"; retryAt: Date; retryAfterMinutes: number };

/** The delay an account with `failures` failures in the window imposes after its latest one. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FAILURES_BEFORE_DELAY) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - ACCOUNT_FAILURES_BEFORE_DELAY));
}

/** The failures of the run that `now` belongs to: the latest ones, each within 15 minutes of the next. */
export function currentRun(sortedTimes: readonly number[], now: number): number[] {
  let start = sortedTimes.length;
  let next = now;
  while (start > 0 && next - sortedTimes[start - 1] <= THROTTLE_WINDOW_MS) next = sortedTimes[--start];
  return sortedTimes.slice(start);
}

/**
 * Whether a sign-in may be tried at `now`, given the times of the account's and the address's
 * failures (any order; ones after `now` are ignored). Without an address (no trusted proxy
 * reports one), pass none: only the account is throttled.
 */
export function signInThrottle(
  failures: { account: readonly Date[]; address: readonly Date[] },
  now: Date,
): TSignInThrottle {
  const upToNow = (list: readonly Date[]) =>
    list
      .map((d) => d.getTime())
      .filter((t) => t <= now.getTime())
      .sort((a, b) => a - b);
  const account = currentRun(upToNow(failures.account), now.getTime());
  const address = upToNow(failures.address).filter((t) => t > now.getTime() - THROTTLE_WINDOW_MS);
  const refusals: { scope: "account" | "address"; until: number }[] = [];
  const delay = accountDelayMs(account.length);
  if (delay > 0) refusals.push({ scope: "account", until: account[account.length - 1] + delay });
  // The address waits until enough of its failures have left the window to be under the limit.
  if (address.length >= ADDRESS_FAILURES_LIMIT)
    refusals.push({ scope: "address", until: address[address.length - ADDRESS_FAILURES_LIMIT] + THROTTLE_WINDOW_MS });
  const binding = refusals.filter((r) => r.until > now.getTime()).sort((a, b) => b.until - a.until)[0];
  if (!binding) return { allowed: true };
  return {
    allowed: false,
    scope: binding.scope,
    retryAt: new Date(binding.until),
    retryAfterMinutes: Math.max(1, Math.ceil((binding.until - now.getTime()) / 60_000)),
  };
}
