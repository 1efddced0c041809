// No "server-only": proxy.ts imports this, and the proxy bundle is not a React server bundle.

export type TCspOptions = { nonce: string; isDev: boolean; isHttps: boolean };

/**
 * The Content-Security-Policy of a page. Scripts run only with this request's nonce (Next puts
 * it on its own scripts, reading it from the request's CSP header) and what those scripts load
 * ('strict-dynamic'); nothing may frame the app, post a form elsewhere or load a plugin.
 *
 * style-src allows 'unsafe-inline' and no nonce: components set `style` attributes, which a
 * nonce cannot cover (and a nonce would make browsers ignore 'unsafe-inline'). Inline styles cannot run code, so the script policy keeps its strength.
 */
export function contentSecurityPolicy({ nonce, isDev, isHttps }: TCspOptions): string {
  const directives = [
    "default-src 'self'",
    // React's development build needs eval to rebuild server error stacks; production does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: on plain http it would send the page's own requests to an https port that does not answer.
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** For answers that are not pages (JSON, files): nothing to run, nothing to frame. */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
