import { z } from "zod";

// The only reader of process.env. Everything has a safe development default so that a
// newcomer can run the app with no configuration; the defaults are for demo use only.
const DEMO_SECRET = "trach-nhiem-demo-secret-do-not-use-in-production";

const ZEnv = z.object({
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().min(16).optional().or(z.literal("").transform(() => undefined)),
  DEMO_MODE: z.enum(["true", "false"]).optional(),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().optional(),
  NODE_ENV: z.string().default("development"),
});

export type TEnv = {
  databaseUrl: string | undefined;
  pgliteDir: string;
  authSecret: string;
  isDemoSecret: boolean;
  isDemoMode: boolean;
  apiRateLimitPerMinute: number | undefined;
};

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Biến môi trường không hợp lệ: ${fields}. Xem mục "Cấu hình" trong README.`);
  }
  const e = parsed.data;
  cached = {
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    authSecret: e.NEXTAUTH_SECRET ?? DEMO_SECRET,
    isDemoSecret: !e.NEXTAUTH_SECRET,
    // Demo mode (demo accounts shown on the sign-in page) is on by default only on the embedded database.
    isDemoMode: e.DEMO_MODE ? e.DEMO_MODE === "true" : !e.DATABASE_URL,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
  };
  return cached;
}
