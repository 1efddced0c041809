import "server-only";
import { ZEventPayload, type TEventPayload } from "@/lib/schemas/event-payloads";
import type { Prisma } from "@/lib/server/db/prisma";
import type { TSignInEventKind } from "@/lib/server/events/record-event";
import { currentRequestMetadata } from "@/lib/server/request/request-metadata";

/**
 * Appends a sign-in event to the audit trail. Nobody is signed in yet, so it has no actor; the
 * account, when one has the typed e-mail, is in the payload, and the request's address and
 * User-Agent in the event's columns. It notifies nobody, so it skips recordEvent's notifications.
 */
export async function recordSignInEvent(
  tx: Prisma.TransactionClient,
  e: Extract<TEventPayload, { kind: TSignInEventKind }> & { at: Date },
): Promise<void> {
  ZEventPayload.parse({ kind: e.kind, payload: e.payload });
  await tx.event.create({
    data: { kind: e.kind, actorId: null, at: e.at, payload: e.payload, ...currentRequestMetadata() },
  });
}
