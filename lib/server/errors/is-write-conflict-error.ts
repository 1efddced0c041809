import { errorChain } from "./error-chain";

/**
 * Whether PostgreSQL rolled a transaction back for a serialization failure (40001) or a
 * deadlock (40P01): the transaction did nothing and may simply run again. Prisma reports both
 * as P2034 (P2010 for a raw query); the driver adapter's own error carries the original code.
 */
export function isWriteConflictError(e: unknown): boolean {
  return errorChain(e).some(
    (c) =>
      c.code === "P2034" ||
      c.code === "40001" ||
      c.code === "40P01" ||
      c.originalCode === "40001" ||
      c.originalCode === "40P01" ||
      c.kind === "TransactionWriteConflict",
  );
}
