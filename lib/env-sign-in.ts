import { z } from "zod";

// The sign-in settings of the environment: the roles that need a second factor, single sign-on
// and password sign-in. lib/env.ts stays the only reader of process.env: it parses these fields
// with the others and hands them here to be checked together and shaped.

export const signInEnvFields = {
  // Roles whose holders must enrol a TOTP second factor before using the app, e.g. "ADMIN,TCCB_MONITOR".
  TOTP_REQUIRED_ROLES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(["STAFF", "UNIT_HEAD", "TCCB_MONITOR", "INSPECTOR", "ADMIN"]))),
  // Single sign-on through the ministry's OpenID Connect provider: off unless the first three are set.
  OIDC_ISSUER: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  OIDC_CLIENT_ID: z.string().max(200).optional(),
  OIDC_CLIENT_SECRET: z.string().max(500).optional(),
  OIDC_MATCH_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/)
    .default("email"),
  OIDC_MATCH_FIELD: z.enum(["email", "employeeCode"]).default("email"),
  OIDC_AUTO_CREATE: z.enum(["true", "false"]).default("false"),
  OIDC_DEFAULT_UNIT_CODE: z.string().max(50).optional(),
  PASSWORD_SIGNIN: z.enum(["on", "off"]).default("on"),
};
const ZSignInEnvFields = z.object(signInEnvFields);

export type TSignInEnv = {
  /** TOTP_REQUIRED_ROLES: a person holding one of these must enrol a second factor (pending-sign-in-step.ts). */
  totpRequiredRoles: string[];
  /** Single sign-on (OIDC_*), when configured: how a person's ID token is matched to a user. */
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string;
        matchClaim: string;
        matchField: "email" | "employeeCode";
        autoCreate: boolean;
        defaultUnitCode: string | undefined;
      }
    | undefined;
  /** PASSWORD_SIGNIN: off hides the password form and refuses password sign-in on the server. */
  passwordSignIn: boolean;
};

/** The settings from the parsed variables, or an error naming what is missing for them to work. */
export function signInEnv(e: z.infer<typeof ZSignInEnvFields> & { NEXTAUTH_URL?: string }): TSignInEnv {
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new Error(
      `OIDC_ISSUER, OIDC_CLIENT_ID và OIDC_CLIENT_SECRET phải có đủ cả ba. Xem mục "Cấu hình" trong README.`,
    );
  }
  // next-auth builds the address the provider sends people back to from NEXTAUTH_URL.
  if (e.OIDC_ISSUER && !e.NEXTAUTH_URL) {
    throw new Error(
      `OIDC_ISSUER cần kèm NEXTAUTH_URL (địa chỉ trả về sau đăng nhập). Xem mục "Cấu hình" trong README.`,
    );
  }
  if (e.OIDC_AUTO_CREATE === "true" && !e.OIDC_DEFAULT_UNIT_CODE) {
    throw new Error(`OIDC_AUTO_CREATE=true cần OIDC_DEFAULT_UNIT_CODE (đơn vị của người được tạo). Xem README.`);
  }
  if (e.PASSWORD_SIGNIN === "off" && !e.OIDC_ISSUER) {
    throw new Error(
      `PASSWORD_SIGNIN=off cần cấu hình đăng nhập một lần (OIDC_ISSUER…), nếu không sẽ không ai đăng nhập được.`,
    );
  }
  return {
    totpRequiredRoles: e.TOTP_REQUIRED_ROLES,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER.replace(/\/+$/, ""),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            matchClaim: e.OIDC_MATCH_CLAIM,
            matchField: e.OIDC_MATCH_FIELD,
            autoCreate: e.OIDC_AUTO_CREATE === "true",
            defaultUnitCode: e.OIDC_DEFAULT_UNIT_CODE,
          }
        : undefined,
    passwordSignIn: e.PASSWORD_SIGNIN === "on",
  };
}
