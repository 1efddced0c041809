import "server-only";
import { notificationTargetsOf } from "@/lib/domain/notifications/notification-targets-of";
import { recipientsOf } from "@/lib/domain/notifications/recipients-of";
import { deputyRecipientsOf } from "@/lib/domain/delegations/deputy-recipients-of";
import type { TEventPayload } from "@/lib/schemas/event-payloads";
import type { Prisma } from "@/lib/server/db/prisma";
import { findLiveDelegationsOf } from "./find-live-delegations-of";
import { resolveNotificationTarget, type TEventRefs } from "./resolve-notification-target";

/**
 * Writes the notifications an event causes, in the transaction that records the event (an
 * outbox: they commit or roll back together). Most events notify nobody and cost nothing; the
 * others read their recipients with a query or two and write them with one insert.
 */
export async function notifyEvent(
  tx: Prisma.TransactionClient,
  e: TEventRefs & TEventPayload,
  eventId: string,
): Promise<number> {
  const targets = notificationTargetsOf(e);
  if (targets.length === 0) return 0;
  const resolved = (await Promise.all(targets.map((t) => resolveNotificationTarget(tx, t, e)))).flat();
  const direct = recipientsOf(resolved, e.actorId);
  if (direct.length === 0) return 0;
  // A deputy hears of what they may act on for the principal, as long as the delegation runs.
  const delegations = await findLiveDelegationsOf(
    tx,
    direct.map((r) => r.userId),
    e.at,
  );
  const recipients = [...direct, ...deputyRecipientsOf(direct, delegations, e.actorId)];
  const signalId = "signalId" in e.payload ? e.payload.signalId : null;
  const { count } = await tx.notification.createMany({
    data: recipients.map((r) => ({
      recipientId: r.userId,
      kind: r.kind,
      actorId: e.actorId,
      eventId,
      taskId: e.taskId ?? null,
      stepId: r.stepId ?? e.stepId ?? null,
      consultationId: e.consultationId ?? null,
      signalId,
      createdAt: e.at,
    })),
  });
  return count;
}
