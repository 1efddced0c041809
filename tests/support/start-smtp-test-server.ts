import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { SMTP_TEST_PASSWORD, SMTP_TEST_USER } from "./smtp-test-credentials";

export type TReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Each header as sent (unfolded), by its lower-cased name (the last one of a repeated name). */
  headers: Record<string, string>;
};

export { SMTP_TEST_PASSWORD, SMTP_TEST_USER };

/**
 * A real SMTP server on a free local port (the `smtp-server` package), for the tests: it asks
 * for the test credentials (plain AUTH, without TLS: it is local) and keeps every message it
 * accepted, parsed (and hands each to `onMail`, when given). While `refuse` is set it answers 451
 * to every recipient, as a server that is up but refusing. `port` 0 (the default) takes a free one.
 */
export async function startSmtpTestServer(options: { port?: number; onMail?: (mail: TReceivedMail) => void } = {}) {
  const received: TReceivedMail[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_TEST_USER && auth.password === SMTP_TEST_PASSWORD)
        return callback(null, { user: auth.username });
      return callback(new Error("Invalid username or password"));
    },
    onRcptTo(_address, _session, callback) {
      if (!state.refuse) return callback();
      return callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const message: TReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.replace(/\r\n(?=[ \t])/g, "")])),
          };
          received.push(message);
          options.onMail?.(message);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client that goes away mid-connection (an app instance stopped at the end of a test, its
  // pooled connection still open) resets its socket; the server reports that as an "error" event,
  // which with no listener would be an uncaught exception failing the whole run.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("[smtp test server]", error);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  const auth = `${encodeURIComponent(SMTP_TEST_USER)}:${encodeURIComponent(SMTP_TEST_PASSWORD)}`;
  return {
    url: `smtp://${auth}@127.0.0.1:${port}`,
    port,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
