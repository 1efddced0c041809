import { PrismaPg } from "@prisma/adapter-pg";
import { pgPoolConfig } from "../../lib/server/db/create-prisma-client.ts";
import { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { setDbHandleForTests } from "../../lib/server/db/prisma.ts";
import { createQueryRecorder } from "./captured-queries.ts";

/**
 * The application's database handle on `url`, with the application's pool settings, made the
 * one the server functions use, and a recorder of every statement it sends.
 */
export function openRecordedDb(url: string) {
  const recorder = createQueryRecorder();
  const adapterFactory = new PrismaPg(pgPoolConfig(url));
  const prisma = new PrismaClient({ adapter: adapterFactory, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => recorder.onQuery(e));
  setDbHandleForTests({ prisma, adapterFactory, close: () => prisma.$disconnect() });
  return { prisma, recorder };
}
