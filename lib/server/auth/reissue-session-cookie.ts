import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { authOptions } from "./auth-options";

const SESSION_MAX_AGE_S = authOptions.session?.maxAge ?? 8 * 60 * 60;

/**
 * Gives this browser a fresh session at the account's new sessionVersion, after the person
 * changed their own password: raising the version ends every other session (a stolen cookie
 * among them), and this one continues without signing in again. The token is what next-auth
 * itself issues (auth-options.ts, callbacks.jwt), under the cookie name it reads back.
 */
export async function reissueSessionCookie(user: { id: string; sessionVersion: number }): Promise<void> {
  const { authSecret, isHttps } = env();
  const token = await encode({
    // Only a password sign-in can change its password: the session stays a password one.
    token: { sub: user.id, sv: user.sessionVersion, via: "password" },
    secret: authSecret,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(`${isHttps ? "__Secure-" : ""}next-auth.session-token`, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isHttps,
    maxAge: SESSION_MAX_AGE_S,
  });
}
