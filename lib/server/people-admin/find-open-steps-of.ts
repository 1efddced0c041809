import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/** The steps a person still owns on open tasks: what must be handed over before they move or leave. */
export function findOpenStepsOf(tx: Prisma.TransactionClient, userId: string) {
  return tx.taskStep.findMany({
    where: { ownerId: userId, status: { not: "DONE" }, task: { status: { in: ["OPEN", "IN_PROGRESS"] } } },
    select: {
      id: true,
      name: true,
      order: true,
      status: true,
      deadline: true,
      unitId: true,
      task: { select: { id: true, title: true } },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
}
