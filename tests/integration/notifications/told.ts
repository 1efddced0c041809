import { testDb } from "../../support/use-test-db";

/** Every notification a person holds: its kind, who caused it and what it links to. */
export async function told(userId: string) {
  const rows = await testDb.prisma.notification.findMany({
    where: { recipientId: userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { kind: true, stepId: true, actorId: true, eventId: true, signalId: true },
  });
  return rows;
}
