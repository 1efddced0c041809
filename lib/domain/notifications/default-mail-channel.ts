import type { TMailChannel } from "./mail-channel";
import type { TNotificationKind } from "./notification-kind";

/**
 * The e-mail channel of a kind nobody has chosen for: IMMEDIATE when the notification asks the
 * person to act now (work handed to them, a ruling or a decision waiting on them, a deadline
 * that stands, a signal or an escalation about them), DIGEST for outcomes they only need to
 * know about. A kind not listed here, such as one added later, is told in the digest: the
 * daily e-mail is the safe middle between flooding people and hiding things from them.
 */
export function defaultMailChannel(kind: TNotificationKind): TMailChannel {
  switch (kind) {
    case "STEP_ASSIGNED":
    case "STEP_TURN":
    case "RETURN_AWAITING_RULING":
    // The step is theirs again, with its deadline running.
    case "RETURN_OVERRULED":
    case "EXTENSION_AWAITING":
    // The old deadline stands: they must plan for it now, not tomorrow morning.
    case "EXTENSION_REJECTED":
    case "CONSULTATION_REQUESTED":
    case "SIGNAL_RAISED":
    case "ESCALATION_RECEIVED":
      return "IMMEDIATE";
    default:
      return "DIGEST";
  }
}
