import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

type TRaisedSignal = {
  id: string;
  subjectUserId: string | null;
  taskId: string;
  stepId: string | null;
  consultationId: string | null;
};

/**
 * Tells each person a signal was just raised about, in the transaction that raised it: by the
 * rules, so with no actor, but never to the person whose own action raised it (`actorIds`,
 * empty for the sweep). One insert for all of them.
 */
export async function notifyRaisedSignals(
  tx: Prisma.TransactionClient,
  signals: readonly TRaisedSignal[],
  actorIds: readonly string[],
  now: Date,
): Promise<number> {
  const data = signals
    .filter((s) => s.subjectUserId != null && !actorIds.includes(s.subjectUserId))
    .map((s) => ({
      recipientId: s.subjectUserId as string,
      kind: "SIGNAL_RAISED" as const,
      taskId: s.taskId,
      stepId: s.stepId,
      consultationId: s.consultationId,
      signalId: s.id,
      createdAt: now,
    }));
  if (data.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data });
  return count;
}
