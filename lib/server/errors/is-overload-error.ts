import { errorChain } from "./error-chain";

/**
 * Whether a failure says the database had no room for the request rather than that the
 * request was wrong: no pooled connection within DB_POOL_WAIT_MS (pg's connect timeout, or
 * Prisma's P2028 "unable to start a transaction in the given time" and P2024), a transaction
 * cut at DB_TRANSACTION_TIMEOUT_MS (P2028, rolled back), or a server out of connections
 * (53300). Nothing was written; the client may try again, so the API answers 503 with
 * Retry-After instead of 500.
 */
export function isOverloadError(e: unknown): boolean {
  return errorChain(e).some(
    (c) =>
      c.code === "P2024" ||
      c.code === "P2028" ||
      c.code === "53300" ||
      c.originalCode === "53300" ||
      (typeof c.message === "string" &&
        /timeout exceeded when trying to connect|Unable to start a transaction in the given time/i.test(c.message)),
  );
}
