import { z } from "zod";
import { signInEnv, signInEnvFields, type TSignInEnv } from "./env-sign-in";
import type { TPoolSettings } from "./server/db/create-prisma-client";

// The only reader of process.env. Everything has a safe development default so that a
// newcomer can run the app with no configuration; the defaults are for demo use only.
const DEMO_SECRET = "trach-nhiem-demo-secret-do-not-use-in-production";

const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MIGRATION_DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().default(".data/pglite"),
  NEXTAUTH_SECRET: z
    .string()
    .min(16)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  NEXTAUTH_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  DEMO_MODE: z.enum(["true", "false"]).optional(),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_POOL_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  DB_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(500).max(300_000).default(10_000),
  JOBS_WORKER: z.enum(["on", "off"]).default("on"),
  JOBS_POLL_SECONDS: z.coerce.number().int().min(1).max(45).optional(),
  SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // "Name <address>" or an address; no line breaks, which would forge headers.
  MAIL_FROM: z
    .string()
    .min(3)
    .max(200)
    .regex(/^[^\p{Cc}]*@[^\p{Cc}]*$/u)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // `next start -p` sets it; an empty one is as good as unset.
  PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(65_535).default(3000)),
  NODE_ENV: z.string().default("development"),
  ...signInEnvFields,
});

export type TEnv = {
  /** The application's connection: on PostgreSQL a role that may read and write rows, nothing more. */
  databaseUrl: string | undefined;
  /** The owner's connection, for migrations and the seed; DATABASE_URL when not set. */
  migrationDatabaseUrl: string | undefined;
  pgliteDir: string;
  authSecret: string;
  isDemoSecret: boolean;
  isDemoMode: boolean;
  apiRateLimitPerMinute: number | undefined;
  /** The public address (NEXTAUTH_URL), when set: its host is where the app's own pages post from. */
  publicUrl: string | undefined;
  /** NEXTAUTH_URL is https: session cookies are Secure and pages send HSTS. */
  isHttps: boolean;
  /** `next dev`: the page policy then allows what React's development build needs. */
  isDev: boolean;
  /** A reverse proxy in front sets X-Forwarded-For and X-Forwarded-Proto; trust its last hop. */
  trustProxy: boolean;
  /** Connections, how long a request may wait for one, and how long a transaction may last. */
  pool: TPoolSettings;
  /** Background jobs (lib/server/jobs): whether this process runs them, and pg-boss's polling. */
  jobs: { isWorker: boolean; pollSeconds: number | undefined };
  /**
   * Outgoing mail (lib/server/mail): sent to `smtpUrl` from `from`, or, without SMTP_URL, kept
   * and logged. `baseUrl` starts every link in a message: NEXTAUTH_URL, never a request's Host.
   */
  mail: { smtpUrl: string | undefined; from: string; baseUrl: string };
} & TSignInEnv;

/** Without SMTP_URL nothing is sent, so the sender only has to read well in the log. */
const DEMO_MAIL_FROM = "Trach nhiem <no-reply@localhost>";

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Biến môi trường không hợp lệ: ${fields}. Xem mục "Cấu hình" trong README.`);
  }
  const e = parsed.data;
  // A message sent for real must link to the public address and come from a real sender.
  if (e.SMTP_URL && (!e.NEXTAUTH_URL || !e.MAIL_FROM)) {
    throw new Error(`SMTP_URL cần kèm NEXTAUTH_URL và MAIL_FROM. Xem mục "Cấu hình" trong README.`);
  }
  const signIn = signInEnv(e);
  cached = {
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL ?? e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    authSecret: e.NEXTAUTH_SECRET ?? DEMO_SECRET,
    isDemoSecret: !e.NEXTAUTH_SECRET,
    // Demo mode (demo accounts shown on the sign-in page) is on by default only on the embedded database.
    isDemoMode: e.DEMO_MODE ? e.DEMO_MODE === "true" : !e.DATABASE_URL,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    publicUrl: e.NEXTAUTH_URL,
    isHttps: e.NEXTAUTH_URL?.startsWith("https:") ?? false,
    trustProxy: e.TRUST_PROXY === "true",
    isDev: e.NODE_ENV === "development",
    pool: { size: e.DB_POOL_SIZE, waitMs: e.DB_POOL_WAIT_MS, transactionTimeoutMs: e.DB_TRANSACTION_TIMEOUT_MS },
    jobs: { isWorker: e.JOBS_WORKER === "on", pollSeconds: e.JOBS_POLL_SECONDS },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? DEMO_MAIL_FROM,
      baseUrl: (e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    },
    ...signIn,
  };
  return cached;
}
