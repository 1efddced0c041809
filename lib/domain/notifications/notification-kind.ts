/** What a notification tells its recipient (prisma/schema.prisma, enum NotificationKind). */
export const notificationKinds = [
  "STEP_ASSIGNED",
  "STEP_TURN",
  "RETURN_AWAITING_RULING",
  "RETURN_UPHELD",
  "RETURN_OVERRULED",
  "EXTENSION_AWAITING",
  "EXTENSION_APPROVED",
  "EXTENSION_REJECTED",
  "CONSULTATION_REQUESTED",
  "CONSULTATION_ANSWERED",
  "CONSULTATION_VAGUE",
  "SIGNAL_RAISED",
  "SIGNAL_ANSWER_ACCEPTED",
  "SIGNAL_ANSWER_REJECTED",
  "ESCALATION_RECEIVED",
  "DUE_TOMORROW",
  "DUE_TODAY",
  "OVERDUE",
] as const;

export type TNotificationKind = (typeof notificationKinds)[number];
