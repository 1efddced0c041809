import "server-only";
import { env } from "@/lib/env";
import { mailDueNotifications } from "./mail-due-notifications";

/** The job's entry: links start at the public address, and unsubscribe links are keyed by NEXTAUTH_SECRET. */
export function runNotificationMail(now: Date) {
  const config = env();
  return mailDueNotifications(now, { baseUrl: config.mail.baseUrl, secret: config.authSecret });
}
