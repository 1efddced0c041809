import { existsSync, mkdirSync, readFileSync, rmSync, appendFileSync } from "node:fs";
import path from "node:path";
import type { TReceivedMail } from "./start-smtp-test-server";

// The journeys that follow a notification to a real SMTP server run against a second app
// instance (its own embedded database, its own demo data) configured with SMTP_URL, since the
// first one keeps its mail in the development mailbox that other journeys read. The SMTP test
// server runs in Playwright's global setup and writes what it accepts to a file the journeys read.

/** The second app instance, beside the first on `appPort`. */
export const e2eMailAppPort = (appPort: number) => appPort + 2;
/** The SMTP test server it sends through. */
export const e2eSmtpPort = (appPort: number) => appPort + 1200;

const LOG = path.resolve(import.meta.dirname, "../../.data/e2e-smtp/received.jsonl");

export function resetReceivedMailLog(): void {
  rmSync(LOG, { force: true });
  mkdirSync(path.dirname(LOG), { recursive: true });
}

export function logReceivedMail(mail: TReceivedMail): void {
  appendFileSync(LOG, `${JSON.stringify(mail)}\n`);
}

/** Every message the SMTP test server has accepted so far in this run. */
export function readReceivedMail(): TReceivedMail[] {
  if (!existsSync(LOG)) return [];
  return readFileSync(LOG, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TReceivedMail);
}
