// No "server-only": proxy.ts imports this, and the proxy bundle is not a React server bundle.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A request that may change something (a server action, a form, an API write) sent by a page
 * of another site: its Origin names another host than the one it was sent to (X-Forwarded-Host
 * or Host, as Next compares for server actions) or the app's public address. A request without
 * Origin comes from no browser page (scripts, API clients with a token) and is left to the
 * route's own authentication; "Origin: null" (a sandboxed or privacy-redirected page) is foreign.
 */
export function isCrossSiteWrite(method: string, headers: Headers, publicHost: string | undefined): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const originHost = hostOf(origin);
  if (!originHost) return true;
  const requestHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return originHost !== requestHost?.toLowerCase() && originHost !== publicHost?.toLowerCase();
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase() || null;
  } catch {
    return null;
  }
}
