import type { TNotificationKind } from "./notification-kind";

export type TResolvedRecipient = { kind: TNotificationKind; userId: string; stepId?: string };

/**
 * The notifications to write: never to the actor of their own action, and one per person and
 * kind (a head who is also the new owner hears once of each thing).
 */
export function recipientsOf(resolved: readonly TResolvedRecipient[], actorId: string | null): TResolvedRecipient[] {
  const seen = new Set<string>();
  return resolved.filter((r) => {
    const key = `${r.userId}|${r.kind}`;
    if (r.userId === actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
