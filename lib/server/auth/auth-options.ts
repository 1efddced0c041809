import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { ZSignIn } from "@/lib/schemas/sign-in";
import { requestMetadataOf } from "@/lib/server/request/request-metadata-of";
import { runWithRequestMetadata } from "@/lib/server/request/request-metadata";
import { oidcProviders, oidcSignIn } from "./oidc-sign-in";
import { signInWithPassword } from "./sign-in-with-password";

/** What the sign-in form reads in next-auth's `error` parameter when attempts are held back. */
export const THROTTLED_ERROR_PREFIX = "Throttled:";
/** …when the password was right and the second factor's code is needed, or was wrong. */
const SIGN_IN_ERRORS = { "totp-required": "TotpRequired", "totp-wrong": "TotpWrong" } as const;

// Sessions are JWTs that carry only the user id and the account's sessionVersion when it was
// issued. Unit and roles are read from the database on every request (get-current-actor.ts),
// so a reassignment or a revoked role takes effect at once instead of when the token expires,
// and so does a password change, which raises sessionVersion and ends every older session.
export const authOptions: NextAuthOptions = {
  secret: env().authSecret,
  // Secure, __Secure- prefixed cookies whenever the public address is https. Decided once from
  // NEXTAUTH_URL, not per request: getServerSession finds the session cookie by this same name
  // in every server component, so the name cannot change with a header. Behind a TLS proxy,
  // set NEXTAUTH_URL to the https address.
  useSecureCookies: env().isHttps,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      // next-auth's own sign-in page is never shown (pages.signIn is /login): these names are not read by anyone.
      name: "credentials",
      credentials: {
        email: { label: "email", type: "email" },
        password: { label: "password", type: "password" },
        totp: { label: "totp", type: "text" },
      },
      async authorize(credentials, req) {
        // PASSWORD_SIGNIN=off: refused here, not only hidden on the page.
        if (!env().passwordSignIn) throw new Error("PasswordSignInOff");
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const metadata = requestMetadataOf(new Headers(req.headers as Record<string, string>), env().trustProxy);
        // The failure and throttle events carry this request's address and User-Agent.
        const outcome = await runWithRequestMetadata(metadata, () =>
          signInWithPassword({ ...parsed.data, ip: metadata.ip }, new Date()),
        );
        if (outcome.ok) return outcome.user;
        // next-auth passes a thrown error's message to the form as its `error` parameter.
        if (outcome.reason === "throttled") throw new Error(`${THROTTLED_ERROR_PREFIX}${outcome.minutes}`);
        if (outcome.reason !== "credentials") throw new Error(SIGN_IN_ERRORS[outcome.reason]);
        return null;
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    signIn: ({ user, account, profile }) => oidcSignIn(user, account, profile),
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // The identity provider vouches for the second factor: see get-current-actor.ts.
        token.via = (user as { via?: string }).via === "oidc" ? "oidc" : "password";
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, sv: token.sv ?? 0, via: token.via ?? "password" });
      return session;
    },
  },
};
