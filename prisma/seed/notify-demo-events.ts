import { typedEvents } from "../../lib/server/events/typed-events.ts";
import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { notifyEvent } from "../../lib/server/notifications/notify-event.ts";

/**
 * The demo's events tell their people what the app's writes would have told them: each event,
 * oldest first, through notifyEvent (the same rule and the same recipients), in one
 * transaction. Those older than five days count as already read, so the bell shows the recent
 * story. Signals tell theirs when backfillSignals raises them.
 */
export async function notifyDemoEvents(prisma: PrismaClient, now: Date): Promise<number> {
  const rows = await prisma.event.findMany({
    orderBy: { seq: "asc" },
    select: {
      id: true,
      kind: true,
      payload: true,
      actorId: true,
      at: true,
      taskId: true,
      stepId: true,
      consultationId: true,
    },
  });
  const readBefore = new Date(now.getTime() - 5 * 86_400_000);
  return prisma.$transaction(
    async (tx) => {
      let count = 0;
      for (const e of typedEvents(rows)) {
        const refs = {
          taskId: e.taskId ?? undefined,
          stepId: e.stepId ?? undefined,
          consultationId: e.consultationId ?? undefined,
        };
        count += await notifyEvent(tx, { ...e, ...refs }, e.id);
      }
      await tx.notification.updateMany({ where: { createdAt: { lt: readBefore } }, data: { readAt: now } });
      return count;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
