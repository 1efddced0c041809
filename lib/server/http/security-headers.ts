// No "server-only": proxy.ts imports this, and the proxy bundle is not a React server bundle.

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Headers every answer carries, pages and API alike: no MIME sniffing (a JSON body is never run
 * as a script), no framing (with CSP frame-ancestors for browsers that know it), no address
 * sent to other sites, no access to devices the app never uses. HSTS only over https: sent on
 * plain http it is ignored, and it would lock out a server that has no certificate.
 */
export function securityHeaders(isHttps: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(isHttps ? { "Strict-Transport-Security": `max-age=${ONE_YEAR_SECONDS}` } : {}),
  };
}
