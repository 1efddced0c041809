import { defaultMailChannel } from "./default-mail-channel";
import { isMandatoryKind } from "./is-mandatory-kind";
import type { TMailChannel } from "./mail-channel";
import type { TNotificationKind } from "./notification-kind";

/**
 * The channel a notification of this kind reaches its recipient by: their stored choice, else
 * the default. A mandatory kind stored as OFF (which the writes refuse, but a row written by
 * hand could hold) still goes in the digest.
 */
export function mailChannelOf(kind: TNotificationKind, stored: TMailChannel | null): TMailChannel {
  const channel = stored ?? defaultMailChannel(kind);
  return channel === "OFF" && isMandatoryKind(kind) ? "DIGEST" : channel;
}
