import "server-only";
import type { Account, Profile, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";
import { matchOidcPerson } from "./match-oidc-person";

/** next-auth's provider id: the callback address is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

/**
 * The ministry's identity provider, when OIDC_* configures one: a generic OpenID Connect client
 * (discovery from the issuer, the authorisation code flow with PKCE and state, identity from the
 * signed ID token). Empty otherwise.
 */
export function oidcProviders(): OAuthConfig<Profile & Record<string, unknown>>[] {
  const { oidc } = env();
  if (!oidc) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: "OIDC",
      type: "oauth",
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (claims) => ({ id: String(claims.sub), email: claims.email ?? null, name: claims.name ?? null }),
    },
  ];
}

/**
 * next-auth's signIn callback for a single sign-on: the person must be an existing active user
 * (matchOidcPerson), or they are sent to /sso-error, which says whom the provider named. On a
 * match, the user object next-auth goes on to hand the jwt callback (the same object, without
 * an adapter) becomes the app's user, so the session carries the app's id, not the provider's.
 */
export async function oidcSignIn(user: User, account: Account | null, profile: Profile | undefined) {
  if (account?.provider !== OIDC_PROVIDER_ID) return true;
  const match = await matchOidcPerson((profile ?? {}) as Record<string, unknown>, new Date());
  if (!match.ok) return `/sso-error?${new URLSearchParams({ reason: match.reason, value: match.value })}`;
  Object.assign(user, { id: match.user.id, sessionVersion: match.user.sessionVersion, via: "oidc" });
  return true;
}
