import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/** What the audit trail keeps of the request that wrote an event (Event.ip, Event.userAgent). */
export type TRequestMetadata = { ip: string | null; userAgent: string | null };

// On globalThis: Next may bundle this module into more than one server chunk, and the wrapper
// that sets the metadata and recordEvent that reads it must share one store.
const globalForStore = globalThis as unknown as { __trachRequestMetadata?: AsyncLocalStorage<TRequestMetadata> };
const store = (globalForStore.__trachRequestMetadata ??= new AsyncLocalStorage<TRequestMetadata>());

/** Runs `run` (a server action or an API request) with its request's metadata in context. */
export function runWithRequestMetadata<T>(metadata: TRequestMetadata, run: () => T): T {
  return store.run(metadata, run);
}

/** The metadata of the request being served; null fields outside a request (sweeps, the seed). */
export function currentRequestMetadata(): TRequestMetadata {
  return store.getStore() ?? { ip: null, userAgent: null };
}
