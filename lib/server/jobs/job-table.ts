import "server-only";
import { pruneApiRateWindows } from "@/lib/server/api/prune-api-rate-windows";
import { pruneSignInFailures } from "@/lib/server/auth/prune-sign-in-failures";
import { pruneIdempotencyRecords } from "@/lib/server/api/prune-idempotency-records";
import { runDailyDigest } from "@/lib/server/digest/run-daily-digest";
import { runWeeklySummary } from "@/lib/server/digest/run-weekly-summary";
import { runStepReminders } from "@/lib/server/notifications/run-step-reminders";
import { pruneSentMail } from "@/lib/server/mail/prune-sent-mail";
import { runMailDelivery } from "@/lib/server/mail/run-mail-delivery";
import { runNotificationMail } from "@/lib/server/notifications/run-notification-mail";
import { runRecurringTasks } from "@/lib/server/recurrences/run-recurring-tasks";
import { runSignalSweep } from "@/lib/server/signals/run-signal-sweep";
import type { TJob } from "./job-definition";

/**
 * Every background job of the app, one line each. On PostgreSQL each becomes a pg-boss queue
 * (created by `npm run db:migrate`, as the owner) and a schedule that runs once per tick across
 * all instances; on PGlite the in-process runner runs the same functions on the same schedule.
 */
export const JOB_TABLE: readonly TJob[] = [
  // Overdue, stalled and unanswered signals appear with the passing of time, not with a write.
  { name: "signals-sweep", cron: "* * * * *", run: (now) => runSignalSweep(now) },
  { name: "idempotency-records-prune", cron: "7 * * * *", run: (now) => pruneIdempotencyRecords(now) },
  { name: "api-rate-windows-prune", cron: "*/5 * * * *", run: (now) => pruneApiRateWindows(now) },
  // New notifications become e-mails for those who want them at once (mailDueNotifications).
  { name: "notification-mail", cron: "* * * * *", run: (now) => runNotificationMail(now) },
  // The outbox (MailMessage): due messages go out, failed ones wait their backoff (deliverDueMail).
  { name: "mail-delivery", cron: "* * * * *", run: (now) => runMailDelivery(now) },
  // Due tomorrow / due today / overdue, on working days only (reminderKindOn); once per step, kind and day.
  { name: "step-reminders", cron: "0 7 * * *", run: (now) => runStepReminders(now) },
  // One message a person on working days, recorded in DigestRun so that the day goes out once.
  { name: "daily-digest", cron: "30 7 * * *", run: (now) => runDailyDigest(now) },
  // To Vụ TCCB, on the first working day of each ISO week (the week is claimed in DigestRun).
  { name: "weekly-summary", cron: "45 7 * * *", run: (now) => runWeeklySummary(now) },
  { name: "sent-mail-prune", cron: "17 3 * * *", run: (now) => pruneSentMail(now) },
  // Hourly rather than once a day: an instance missed while the app was down is made up within
  // the hour, and a run that finds nothing due costs one query per recurrence.
  { name: "recurring-tasks", cron: "5 * * * *", run: (now) => runRecurringTasks(now) },
  // Sign-in failures older than any throttle reads (lib/domain/auth/sign-in-throttle.ts).
  { name: "sign-in-failures-prune", cron: "37 * * * *", run: (now) => pruneSignInFailures(now) },
];
