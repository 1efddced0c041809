import { msg, type TMessage } from "../../i18n/message";
import type { TSignalKind } from "../signals/signal-kind";
import type { TNotificationKind } from "./notification-kind";

export type TNotificationFacts = {
  kind: TNotificationKind;
  actorName: string | null;
  stepName: string | null;
  taskTitle: string | null;
  signalKind: TSignalKind | null;
};

/**
 * A notification as a sentence not yet worded: who did what, on which step of which task. The
 * page and the API word it in their reader's language (translate), from the same rule.
 */
export function notificationMessage(n: TNotificationFacts): TMessage {
  const task = n.taskTitle ?? "";
  return msg(`notifications.sentence.${n.kind}`, {
    actor: n.actorName ?? msg("notifications.someone"),
    where: n.stepName
      ? msg("notifications.whereStep", { step: n.stepName, task })
      : msg("notifications.whereTask", { task }),
    signal: n.signalKind ? msg(`enums.signalKind.${n.signalKind}`) : "",
  });
}
