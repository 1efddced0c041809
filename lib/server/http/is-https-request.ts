// No "server-only": proxy.ts imports this, and the proxy bundle is not a React server bundle.

/**
 * Whether the browser reached the app over https. `next start` itself serves http, so: the
 * public address says so (NEXTAUTH_URL is https), or the reverse proxy we trust (TRUST_PROXY)
 * says the client's connection was https (X-Forwarded-Proto, first hop).
 */
export function isHttpsRequest(headers: Headers, config: { isHttps: boolean; trustProxy: boolean }): boolean {
  if (config.isHttps) return true;
  if (!config.trustProxy) return false;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
