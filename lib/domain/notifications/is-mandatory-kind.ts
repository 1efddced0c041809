import type { TNotificationKind } from "./notification-kind";

/**
 * Kinds a person cannot turn off by e-mail, only move between IMMEDIATE and DIGEST: a signal
 * raised about them and an escalation reaching the unit they head are accountability matters
 * they must not be able to say they never heard of.
 */
export function isMandatoryKind(kind: TNotificationKind): boolean {
  return kind === "SIGNAL_RAISED" || kind === "ESCALATION_RECEIVED";
}
