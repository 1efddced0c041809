import "server-only";
import { msg } from "@/lib/i18n/message";
import { authenticateApiToken } from "@/lib/server/api-tokens/authenticate-api-token";
import { getCurrentActor } from "@/lib/server/auth/get-current-actor";
import { DomainError } from "@/lib/server/errors/domain-error";
import type { TApiAuth } from "./define-api-route";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who is calling: a bearer token when the request carries an Authorization header (and then
 * only that: a bad token is refused even if a session cookie came along), otherwise the
 * signed-in browser session. Both give the same actor, fresh from the database.
 *
 * A session-authenticated write must come from this site: the session cookie is SameSite=Lax,
 * which already keeps it off cross-site POSTs, and the Origin check also covers sibling
 * subdomains, which Lax counts as the same site.
 */
export async function authenticateRequest(request: Request, now: Date): Promise<TApiAuth> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = BEARER.exec(header);
    const found = match ? await authenticateApiToken(match[1], now) : null;
    if (!found) throw new DomainError("UNAUTHENTICATED", msg("api.tokenInvalid"));
    return { via: "token", actor: found.actor, token: found.token };
  }
  const actor = await getCurrentActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", msg("api.authRequired"));
  if (request.method !== "GET" && !isSameOrigin(request)) {
    throw new DomainError("FORBIDDEN", msg("api.sessionWriteCrossOrigin"));
  }
  return { via: "session", actor, token: null };
}

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // not a browser, or a same-origin navigation: no cookie-riding risk
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
