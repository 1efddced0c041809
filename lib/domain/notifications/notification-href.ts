/** The links a notification carries (Notification's taskId, stepId, consultationId, signalId). */
export type TNotificationLinks = {
  taskId: string | null;
  stepId: string | null;
  consultationId: string | null;
  signalId: string | null;
};

/**
 * Where a notification leads: the signal on the signals page, else the consultation or the
 * step on its task's page (anchors the task page sets), else the task.
 */
export function notificationHref(n: TNotificationLinks): string {
  if (n.signalId) return `/signals?status=all#signal-${n.signalId}`;
  if (!n.taskId) return "/notifications";
  if (n.consultationId) return `/tasks/${n.taskId}#consultation-${n.consultationId}`;
  if (n.stepId) return `/tasks/${n.taskId}#step-${n.stepId}`;
  return `/tasks/${n.taskId}`;
}
