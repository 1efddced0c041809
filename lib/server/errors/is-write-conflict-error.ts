/**
 * Whether PostgreSQL rolled a transaction back for a serialization failure (40001) or a
 * deadlock (40P01): the transaction did nothing and may simply run again. Prisma reports both
 * as P2034; the driver adapter's own error carries the original code.
 */
export function isWriteConflictError(e: unknown): boolean {
  for (let cause: unknown = e, depth = 0; cause != null && depth < 5; depth++) {
    const c = cause as { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (c.code === "P2034" || c.code === "40001" || c.code === "40P01") return true;
    if (c.originalCode === "40001" || c.originalCode === "40P01" || c.kind === "TransactionWriteConflict") return true;
    cause = c.meta?.driverAdapterError ?? c.cause;
  }
  return false;
}
