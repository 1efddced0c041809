import type { TDelegationScope } from "../access/roles";
import type { TNotificationKind } from "../notifications/notification-kind";
import type { TResolvedRecipient } from "../notifications/recipients-of";

/** What a steps deputy is told of: the principal's steps arriving, coming back and decided. */
const STEP_KINDS: readonly TNotificationKind[] = [
  "STEP_ASSIGNED",
  "STEP_TURN",
  "RETURN_UPHELD",
  "RETURN_OVERRULED",
  "EXTENSION_APPROVED",
  "EXTENSION_REJECTED",
  "CONSULTATION_ANSWERED",
];
/** And a deputy for a head's decisions, what waits for the head's decision. */
const HEAD_KINDS: readonly TNotificationKind[] = [
  ...STEP_KINDS,
  "RETURN_AWAITING_RULING",
  "EXTENSION_AWAITING",
  "ESCALATION_RECEIVED",
];

export type TLiveDelegation = { principalId: string; deputyId: string; scope: TDelegationScope };

/**
 * The copies of a notification a deputy receives: the principal is still told (the work is
 * theirs and they come back to it), and the deputy is told too of what they may now act on,
 * within the delegation's scope. Never the signals or the answers about a person's conduct
 * (those are the principal's to answer), never the actor of the event, never twice the same.
 */
export function deputyRecipientsOf(
  recipients: readonly TResolvedRecipient[],
  delegations: readonly TLiveDelegation[],
  actorId: string | null,
): TResolvedRecipient[] {
  const seen = new Set(recipients.map((r) => `${r.userId}|${r.kind}`));
  const copies: TResolvedRecipient[] = [];
  for (const r of recipients) {
    for (const d of delegations) {
      if (d.principalId !== r.userId || d.deputyId === actorId) continue;
      if (!(d.scope === "HEAD_DECISIONS" ? HEAD_KINDS : STEP_KINDS).includes(r.kind)) continue;
      const key = `${d.deputyId}|${r.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      copies.push({ ...r, userId: d.deputyId });
    }
  }
  return copies;
}
