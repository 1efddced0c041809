import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Each header as sent (unfolded), by its lower-cased name (the last one of a repeated name). */
  headers: Record<string, string>;
};

export const SMTP_TEST_USER = "trach.test";
export const SMTP_TEST_PASSWORD = "mật khẩu:/@?";

/**
 * A real SMTP server on a free local port (the `smtp-server` package), for the tests: it asks
 * for the test credentials (plain AUTH, without TLS: it is local) and keeps every message it
 * accepted, parsed. While `refuse` is set it answers 451 to every recipient, as a server that
 * is up but refusing.
 */
export async function startSmtpTestServer() {
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
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.replace(/\r\n(?=[ \t])/g, "")])),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
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
