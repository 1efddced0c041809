import "server-only";

/** What the delivery job needs of a message to send it. */
export type TMailToSend = {
  id: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  link: string | null;
  /** The one-click unsubscribe URL (List-Unsubscribe, RFC 8058), if the message has one. */
  listUnsubscribe: string | null;
};

/**
 * Where messages go: an SMTP server (createSmtpTransport), or, without SMTP_URL, the server's
 * log (createLogTransport). `send` resolves once the server accepted the message, and throws
 * when it refused it or could not be reached.
 */
export type TMailTransport = {
  name: "smtp" | "log";
  send: (message: TMailToSend) => Promise<void>;
  close: () => void;
};
