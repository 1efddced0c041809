import "server-only";
import type { TMailTransport } from "./mail-transport";

/**
 * Without SMTP_URL (the embedded demo) nothing leaves the machine: each message stays in the
 * outbox, marked as kept in the log, is listed on the development mailbox page, and is printed
 * to the server's log as one line, so the demo shows what would have been sent.
 */
export function createLogTransport(log: (line: string) => void = console.info): TMailTransport {
  return {
    name: "log",
    send(message) {
      log(
        `[mail] kept (no SMTP_URL): to=${message.recipient} subject=${JSON.stringify(message.subject)} link=${message.link ?? "-"}`,
      );
      return Promise.resolve();
    },
    close: () => {},
  };
}
