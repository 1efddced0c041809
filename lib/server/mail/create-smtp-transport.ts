import "server-only";
import nodemailer from "nodemailer";
import type { TMailTransport } from "./mail-transport";

/** A server that does not answer within this long counts as down for this attempt. */
const SMTP_TIMEOUT_MS = 20_000;

/**
 * Sends through the SMTP server of `smtpUrl`: `smtp://user:pass@host:587` (STARTTLS when the
 * server offers it), `smtps://user:pass@host:465` (TLS from the start); the user and password
 * percent-encoded. One connection per delivery run, reused for its messages, closed by `close`.
 */
export function createSmtpTransport(smtpUrl: string, from: string): TMailTransport {
  const url = new URL(smtpUrl);
  const options = {
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true,
    maxConnections: 1,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  };
  const transporter = nodemailer.createTransport(options, { from });
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail({
        to: message.recipient,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: `<${message.id}@trach-nhiem>`,
        // RFC 8058: a mail client may offer "unsubscribe" and POST `List-Unsubscribe=One-Click`
        // to the URL, with no session; the URL's own MAC is the authority (app/api/unsubscribe).
        headers: message.listUnsubscribe
          ? {
              "List-Unsubscribe": `<${message.listUnsubscribe}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
          : undefined,
      });
    },
    close: () => transporter.close(),
  };
}
