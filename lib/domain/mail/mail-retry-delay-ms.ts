/** The first retry of a message comes a minute after its failed attempt. */
export const FIRST_MAIL_RETRY_MS = 60_000;
/** Retries never wait longer than an hour, so a server back up is used within the hour. */
export const MAX_MAIL_RETRY_MS = 60 * 60_000;

/**
 * How long a message waits after its `attempts`-th attempt failed: 1, 2, 4, 8 … minutes,
 * capped at an hour. A message is never given up: a refusing or down SMTP server only delays it.
 */
export function mailRetryDelayMs(attempts: number): number {
  const doublings = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(FIRST_MAIL_RETRY_MS * 2 ** doublings, MAX_MAIL_RETRY_MS);
}
