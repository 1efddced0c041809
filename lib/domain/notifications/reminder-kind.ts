/** The reminders the `step-reminders` job sends about a step's deadline (NotificationKind). */
export type TReminderKind = "DUE_TOMORROW" | "DUE_TODAY" | "OVERDUE";
