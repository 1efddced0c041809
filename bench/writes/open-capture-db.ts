import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { TCapturedQuery } from "../dashboards/captured-queries.ts";

const ROLLED_BACK = Symbol("rolled back by the bench");

/**
 * The app checkout's own database handle (its generated client, its pool settings), made the
 * one its server functions use, with every statement recorded in the order it ran. Prisma logs
 * a transaction's COMMIT or ROLLBACK but not its BEGIN, so a BEGIN marker is added when the
 * callback starts. With `rollBack` on, each `$transaction` keeps its callback's result, then
 * throws a sentinel so the transaction rolls back while the caller gets the result as if it
 * had committed: the capture writes nothing (its log then ends the transaction with ROLLBACK).
 */
export async function openCaptureDb(appDir: string, url: string) {
  const load = (p: string) => import(pathToFileURL(join(appDir, p)).href);
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { pgPoolConfig } = await load("lib/server/db/create-prisma-client.ts");
  const { PrismaClient } = await load("lib/server/db/generated/client.ts");
  const { setDbHandleForTests } = await load("lib/server/db/prisma.ts");
  const adapterFactory = new PrismaPg(pgPoolConfig(url));
  const prisma = new PrismaClient({ adapter: adapterFactory, log: [{ emit: "event", level: "query" }] });
  let recording: TCapturedQuery[] | null = null;
  prisma.$on("query", (e: { query: string; params: string; timestamp: Date; duration: number }) => {
    const start = e.timestamp.getTime();
    const params: unknown = e.params ? JSON.parse(e.params) : [];
    recording?.push({ sql: e.query, params: Array.isArray(params) ? params : [], start, end: start + e.duration });
  });
  let rollBack = false;
  const original = prisma.$transaction.bind(prisma);
  const transaction = async (fn: unknown, options?: unknown) => {
    if (typeof fn !== "function") return original(fn, options);
    let kept: unknown;
    try {
      return await original(async (tx: unknown) => {
        recording?.push({ sql: "BEGIN", params: [], start: Date.now(), end: Date.now() });
        const result = await fn(tx);
        if (!rollBack) return result;
        kept = result;
        throw ROLLED_BACK;
      }, options);
    } catch (e) {
      if (e === ROLLED_BACK) return kept;
      throw e;
    }
  };
  const wrapped = new Proxy(prisma, {
    get(target, prop) {
      if (prop === "$transaction") return transaction;
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  setDbHandleForTests({ prisma: wrapped, adapterFactory, close: () => prisma.$disconnect() });
  return {
    close: () => prisma.$disconnect(),
    setRollBack: (on: boolean) => void (rollBack = on),
    async record(run: () => Promise<unknown>): Promise<{ result: unknown; queries: TCapturedQuery[] }> {
      recording = [];
      try {
        const result = await run();
        return { result, queries: recording };
      } finally {
        recording = null;
      }
    },
  };
}
