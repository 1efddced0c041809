/** What the SMTP test server asks for (plain AUTH on the loopback), and SMTP_URL carries, percent-encoded. */
export const SMTP_TEST_USER = "trach.test";
export const SMTP_TEST_PASSWORD = "mật khẩu:/@?";
