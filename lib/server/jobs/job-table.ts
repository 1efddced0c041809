import "server-only";
import { pruneApiRateWindows } from "@/lib/server/api/prune-api-rate-windows";
import { pruneSignInFailures } from "@/lib/server/auth/prune-sign-in-failures";
import { pruneIdempotencyRecords } from "@/lib/server/api/prune-idempotency-records";
import { pruneSentMail } from "@/lib/server/mail/prune-sent-mail";
import { runMailDelivery } from "@/lib/server/mail/run-mail-delivery";
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
  // The outbox (MailMessage): due messages go out, failed ones wait their backoff (deliverDueMail).
  { name: "mail-delivery", cron: "* * * * *", run: (now) => runMailDelivery(now) },
  { name: "sent-mail-prune", cron: "17 3 * * *", run: (now) => pruneSentMail(now) },
  // Sign-in failures older than any throttle reads (lib/domain/auth/sign-in-throttle.ts).
  { name: "sign-in-failures-prune", cron: "37 * * * *", run: (now) => pruneSignInFailures(now) },
];
