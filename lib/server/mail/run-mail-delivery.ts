import "server-only";
import { env } from "@/lib/env";
import { createLogTransport } from "./create-log-transport";
import { createSmtpTransport } from "./create-smtp-transport";
import { deliverDueMail } from "./deliver-due-mail";

/** The job's entry: the SMTP server of SMTP_URL, or, without it, the log (the embedded demo). */
export function runMailDelivery(now: Date) {
  const { smtpUrl, from } = env().mail;
  return deliverDueMail(now, smtpUrl ? createSmtpTransport(smtpUrl, from) : createLogTransport());
}
