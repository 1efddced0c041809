import "server-only";
import { env } from "@/lib/env";
import { createDbHandle, dbTargetFrom, type TDbHandle } from "./create-prisma-client.ts";

// One client per server process. PGlite in particular must never be opened twice on the
// same data folder, so the handle survives hot reloads on globalThis.
const globalForDb = globalThis as unknown as { __trachNhiemDb?: TDbHandle };

function handle(): TDbHandle {
  globalForDb.__trachNhiemDb ??= createDbHandle(dbTargetFrom(env()));
  return globalForDb.__trachNhiemDb;
}

/** Lets integration tests point the server functions at their own database. */
export function setDbHandleForTests(h: TDbHandle): void {
  globalForDb.__trachNhiemDb = h;
}

export const db = new Proxy({} as TDbHandle["prisma"], {
  get(_target, prop) {
    const client = handle().prisma as unknown as Record<PropertyKey, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

export type TDb = TDbHandle["prisma"];
export type { Prisma, TaskStep } from "./generated/client.ts";
export type { TaskStatus } from "./generated/enums.ts";
