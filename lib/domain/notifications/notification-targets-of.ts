// A type-only import, as lib/domain/signals/signal-input.ts does: nothing of zod reaches the rule.
import type { TEventPayload } from "../../schemas/event-payloads";
import type { TNotificationKind } from "./notification-kind";

/**
 * Who an event concerns, as far as the event alone tells: a person it names, or a role that the
 * server resolves with one read (the heads nearest a unit, the one who asked for an extension or
 * a consultation, the owner of the step that comes next).
 */
export type TNotificationTarget =
  | { kind: TNotificationKind; to: "user"; userId: string }
  | { kind: TNotificationKind; to: "headsOfUnit"; unitId: string }
  | { kind: TNotificationKind; to: "headsOfStepUnit" }
  | { kind: TNotificationKind; to: "extensionRequester"; requestId: string }
  | { kind: TNotificationKind; to: "consultationRequester" }
  | { kind: TNotificationKind; to: "nextStepOwner" };

const user = (kind: TNotificationKind, userId: string | null): TNotificationTarget[] =>
  userId ? [{ kind, to: "user", userId }] : [];

/**
 * The rule "which event notifies whom" (issue 13, part 2). Events not listed (progress notes,
 * starts, templates, the calendar, tokens...) notify nobody. The actor is left out later, by
 * recipientsOf, whatever the target resolves to. A time-based reminder is a notification
 * kind of its own, created by the job that finds it due, not by an event.
 */
export function notificationTargetsOf(event: TEventPayload): TNotificationTarget[] {
  switch (event.kind) {
    case "STEP_ASSIGNED":
      return user("STEP_ASSIGNED", event.payload.to);
    case "STEP_REASSIGNED":
      return user("STEP_ASSIGNED", event.payload.to);
    case "STEP_COMPLETED":
      return [{ kind: "STEP_TURN", to: "nextStepOwner" }];
    case "STEP_RETURNED":
      return [{ kind: "RETURN_AWAITING_RULING", to: "headsOfUnit", unitId: event.payload.fromUnitId }];
    case "RETURN_UPHELD":
      return [...user("RETURN_UPHELD", event.payload.from), ...user("STEP_ASSIGNED", event.payload.to)];
    case "RETURN_OVERRULED":
      return user("RETURN_OVERRULED", event.payload.returnedBy);
    case "EXTENSION_REQUESTED":
      return [{ kind: "EXTENSION_AWAITING", to: "headsOfStepUnit" }];
    case "EXTENSION_APPROVED":
      return [{ kind: "EXTENSION_APPROVED", to: "extensionRequester", requestId: event.payload.requestId }];
    case "EXTENSION_REJECTED":
      return [{ kind: "EXTENSION_REJECTED", to: "extensionRequester", requestId: event.payload.requestId }];
    case "ESCALATED":
      return [{ kind: "ESCALATION_RECEIVED", to: "headsOfUnit", unitId: event.payload.toUnitId }];
    case "CONSULTATION_REQUESTED":
      return event.payload.targetUserId
        ? user("CONSULTATION_REQUESTED", event.payload.targetUserId)
        : event.payload.targetUnitId
          ? [{ kind: "CONSULTATION_REQUESTED", to: "headsOfUnit", unitId: event.payload.targetUnitId }]
          : [];
    case "CONSULTATION_ANSWERED":
      return [{ kind: "CONSULTATION_ANSWERED", to: "consultationRequester" }];
    case "CONSULTATION_MARKED_VAGUE":
      return user("CONSULTATION_VAGUE", event.payload.answeredById);
    case "SIGNAL_ANSWER_ACCEPTED":
      return user("SIGNAL_ANSWER_ACCEPTED", event.payload.subjectUserId);
    case "SIGNAL_ANSWER_REJECTED":
      return user("SIGNAL_ANSWER_REJECTED", event.payload.subjectUserId);
    default:
      return [];
  }
}
