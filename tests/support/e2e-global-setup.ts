import { e2eSmtpPort, logReceivedMail, resetReceivedMailLog } from "./e2e-mail-server";
import { oidcTestPort } from "./oidc-test-client";
import { startOidcTestProvider } from "./start-oidc-test-provider";
import { startSmtpTestServer } from "./start-smtp-test-server";

/**
 * Runs once before the journeys: the app is configured with single sign-on through a real OIDC
 * provider (playwright.config.ts), so that provider runs for the whole run, and the second app
 * instance sends its mail to a real SMTP server (smtp-server), which runs beside it and logs
 * what it accepts (e2e-mail-server.ts). Password sign-in stays on, so the other journeys are
 * unaffected. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const { stop } = await startOidcTestProvider(oidcTestPort(port), `http://127.0.0.1:${port}/api/auth/callback/oidc`);
  resetReceivedMailLog();
  const smtp = await startSmtpTestServer({ port: e2eSmtpPort(port), onMail: logReceivedMail });
  return async () => {
    await Promise.all([stop(), smtp.close()]);
  };
}
