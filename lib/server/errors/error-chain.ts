/**
 * The error and what it wraps, outermost first: Prisma's error, the driver adapter's error in
 * its meta, and that error's cause (where PostgreSQL's own code is). Bounded, so a cycle of
 * causes cannot loop.
 */
export function errorChain(e: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  for (let cause: unknown = e; cause != null && typeof cause === "object" && chain.length < 5;) {
    const c = cause as Record<string, unknown> & { meta?: { driverAdapterError?: unknown } };
    chain.push(c);
    cause = c.meta?.driverAdapterError ?? c.cause;
  }
  return chain;
}
