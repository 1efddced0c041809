import { defineConfig, devices } from "@playwright/test";
import { e2eMailAppPort, e2eSmtpPort } from "./tests/support/e2e-mail-server";
import { OIDC_TEST_CLIENT, oidcTestPort } from "./tests/support/oidc-test-client";
import { SMTP_TEST_PASSWORD, SMTP_TEST_USER } from "./tests/support/smtp-test-credentials";

// Playwright cannot download its own browsers here: we drive Debian's Chromium, with the
// flags that keep it from reaching out to the (closed) network.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DATA = ".data/e2e-pglite";
const MAIL_PORT = e2eMailAppPort(PORT);
const MAIL_DATA = ".data/e2e-pglite-mail";
const SMTP_AUTH = `${encodeURIComponent(SMTP_TEST_USER)}:${encodeURIComponent(SMTP_TEST_PASSWORD)}`;

export default defineConfig({
  testDir: "tests/e2e",
  // A real OIDC provider (oidc-provider) for the single sign-on journeys, for the whole run.
  globalSetup: "./tests/support/e2e-global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // The production build on a fresh embedded database with the demo data, as a newcomer gets it.
      command: `rm -rf ${E2E_DATA} && PGLITE_DIR=${E2E_DATA} npm run db:seed && PGLITE_DIR=${E2E_DATA} npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        DATABASE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        // next-auth builds the OIDC callback address from it; password sign-in stays on.
        NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
        OIDC_ISSUER: `http://127.0.0.1:${oidcTestPort(PORT)}`,
        OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
        OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
        OIDC_MATCH_CLAIM: "email",
        OIDC_MATCH_FIELD: "email",
      },
    },
    {
      // A second instance on its own embedded database that sends its mail to the SMTP test
      // server of the global setup, for the journey that follows a notification to an inbox
      // (tests/e2e/notification-smtp.spec.ts). Schedules are polled every second, so the
      // minute's mail jobs run within seconds of their tick.
      command: `rm -rf ${MAIL_DATA} && PGLITE_DIR=${MAIL_DATA} npm run db:seed && PGLITE_DIR=${MAIL_DATA} npx next start -p ${MAIL_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${MAIL_PORT}/login`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: {
        DATABASE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXTAUTH_URL: `http://127.0.0.1:${MAIL_PORT}`,
        SMTP_URL: `smtp://${SMTP_AUTH}@127.0.0.1:${e2eSmtpPort(PORT)}`,
        MAIL_FROM: "Trach nhiem <no-reply@e2e.bhxh.vn>",
        JOBS_POLL_SECONDS: "1",
      },
    },
  ],
});
