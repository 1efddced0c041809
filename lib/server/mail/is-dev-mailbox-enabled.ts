import "server-only";
import { env } from "@/lib/env";

/**
 * The development mailbox exists only where mail goes nowhere else (no SMTP_URL) and the app is
 * a demo or in `next dev`: it shows reset links, which on a real deployment only their owner may see.
 */
export function isDevMailboxEnabled(): boolean {
  const e = env();
  return !e.mail.smtpUrl && (e.isDev || e.isDemoMode);
}
