import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/server/db/prisma";
import { ZEventPayload, type TEventKind, type TEventPayload } from "@/lib/schemas/event-payloads";
import { notificationTargetsOf } from "@/lib/domain/notifications/notification-targets-of";
import { notifyEvent } from "@/lib/server/notifications/notify-event";
import { currentRequestMetadata } from "@/lib/server/request/request-metadata";

type TTx = Prisma.TransactionClient;

/**
 * The kinds about anything but a task's work: directives, the calendar, templates, API tokens,
 * and the answers to signals (which name their task, but answering one is not activity on it,
 * so it refreshes no signal). Every other kind is a task event, recorded only through
 * recordTaskEvent inside writeTaskChange.
 */
export type TPlainEventKind =
  | "DIRECTIVE_CREATED"
  | "CALENDAR_CHANGED"
  | "TEMPLATE_CHANGED"
  | "API_TOKEN_CREATED"
  | "API_TOKEN_REVOKED"
  | "UNIT_CHANGED"
  | "USER_CHANGED"
  | "RECURRENCE_CHANGED"
  | "INSPECTION_PLAN_CREATED"
  | "INSPECTION_CREATED"
  | "INSPECTION_UPDATED"
  | "CHECKLIST_CHANGED"
  | "INSPECTION_ITEM_ANSWERED"
  | "INSPECTION_FINDING_ADDED"
  | "INSPECTION_CONCLUDED"
  | "SIGNAL_ANSWERED"
  | "SIGNAL_ANSWER_ACCEPTED"
  | "SIGNAL_ANSWER_REJECTED"
  | "DELEGATION_CREATED"
  | "DELEGATION_REVOKED"
  | "EVALUATION_SCHEME_CHANGED"
  | "EVALUATION_SELF_ASSESSED"
  | "EVALUATION_ASSESSED"
  | "EVALUATION_APPROVED"
  | "EVALUATION_CORRECTED"
  | "EVALUATION_PRODUCT_ADDED"
  | "EVALUATION_PRODUCT_REVIEWED"
  | "PERSONNEL_DECISION_RECORDED"
  | TAuthEventKind;
/** Sign-in and passwords: about a person's account, never a task. */
export type TAuthEventKind = "PASSWORD_CHANGED" | "PASSWORD_RESET_BY_ADMIN" | "TOTP_ENROLLED" | TSignInEventKind;
/** Written before anyone is signed in: no actor (the account, if any, is in the payload). */
export type TSignInEventKind = "SIGN_IN_FAILED" | "SIGN_IN_THROTTLED" | "SSO_SIGN_IN_REFUSED";
export type TTaskEventKind = Exclude<TEventKind, TPlainEventKind>;

type TEventColumns = {
  actorId: string;
  /** The principal a deputy acted for (lib/server/steps/load-step-for-action.ts eventActor); else null. */
  onBehalfOfId?: string | null;
  at: Date;
  taskId?: string;
  stepId?: string;
  directiveId?: string;
  consultationId?: string;
  reason?: string | null;
};

/** One event to append, its payload typed by its kind (lib/schemas/event-payloads). */
export type TEventInput<K extends TEventKind = TEventKind> = K extends TEventKind
  ? TEventColumns & Extract<TEventPayload, { kind: K }>
  : never;

/**
 * Appends one event to the audit trail, with the transaction that makes the change. The
 * payload is checked against its kind's schema as well as typed by it: the check costs
 * microseconds against the insert, and makes every test that writes an event a test that
 * writers and readers agree. The request that caused it (client address, User-Agent) comes
 * from the context the action and API wrappers set; outside a request (sweeps) both are null.
 * The notifications the event causes (lib/domain/notifications) are written here too, in the
 * same transaction: no event, and so no write, without them.
 */
export async function insertEvent(tx: TTx, e: TEventInput) {
  ZEventPayload.parse({ kind: e.kind, payload: e.payload });
  const event = await tx.event.create({
    data: {
      kind: e.kind,
      actorId: e.actorId,
      onBehalfOfId: e.onBehalfOfId ?? null,
      at: e.at,
      taskId: e.taskId ?? null,
      stepId: e.stepId ?? null,
      directiveId: e.directiveId ?? null,
      consultationId: e.consultationId ?? null,
      payload: e.payload,
      reason: e.reason ?? null,
      ...currentRequestMetadata(),
    },
  });
  await notifyEvent(tx, e, event.id);
  return event;
}

/**
 * Records an event that is not about a task's work (TPlainEventKind), in any transaction: no
 * signal is refreshed for it. A task event cannot be written here; see recordTaskEvent.
 */
export function recordEvent(tx: TTx, e: TEventInput<TPlainEventKind>) {
  return insertEvent(tx, e);
}

const BULK_CHUNK = 5000;

/**
 * Appends many events of kinds that notify nobody (an import's UNIT_CHANGED and USER_CHANGED),
 * thousands of rows per statement, as columns of arrays: 20,000 people imported are 20,000
 * events, which one insert each (or Prisma's createMany, which builds a statement with a
 * parameter per value) would make the slowest part of the import. Each payload is checked as
 * insertEvent checks it, and an event that would notify someone is refused here, since this
 * path writes no notification.
 */
export async function recordEventsInBulk(tx: TTx, events: ReadonlyArray<TEventInput<TPlainEventKind>>) {
  const meta = currentRequestMetadata();
  for (const e of events) {
    ZEventPayload.parse({ kind: e.kind, payload: e.payload });
    if (notificationTargetsOf(e).length > 0) throw new Error(`recordEventsInBulk: ${e.kind} notifies someone`);
  }
  for (let i = 0; i < events.length; i += BULK_CHUNK) {
    const chunk = events.slice(i, i + BULK_CHUNK);
    await tx.$executeRaw`
      INSERT INTO "Event" (id, kind, "actorId", at, payload, reason, ip, "userAgent")
      SELECT e.id, e.kind::"EventKind", e.actor, e.at::timestamp(3), e.payload::jsonb, e.reason, ${meta.ip}, ${meta.userAgent}
        FROM unnest(${chunk.map(() => randomUUID())}::text[], ${chunk.map((e) => e.kind)}::text[],
                    ${chunk.map((e) => e.actorId)}::text[], ${chunk.map((e) => e.at.toISOString())}::text[],
                    ${chunk.map((e) => JSON.stringify(e.payload))}::text[], ${chunk.map((e) => e.reason ?? null)}::text[])
             AS e(id, kind, actor, at, payload, reason)`;
  }
}
