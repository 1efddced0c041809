import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, NON_PAGE_CONTENT_SECURITY_POLICY } from "@/lib/server/http/content-security-policy";
import { isCrossSiteWrite } from "@/lib/server/http/is-cross-site-write";
import { isHttpsRequest } from "@/lib/server/http/is-https-request";
import { securityHeaders } from "@/lib/server/http/security-headers";

const CROSS_SITE_MESSAGE = "Yêu cầu bị từ chối: nó được gửi từ một trang web khác.";

/**
 * Runs before Next handles a request (Next 16's middleware). Authorisation is not done here:
 * every action and route checks for itself. This only (1) refuses writes sent by another
 * site's page with 403 before any server action runs (Next itself answered them 500), and
 * (2) sets the security headers, with a fresh CSP nonce per page.
 */
export function proxy(request: NextRequest) {
  const config = env();
  const isHttps = isHttpsRequest(request.headers, config);
  const isPage = !request.nextUrl.pathname.startsWith("/api/");
  if (
    isCrossSiteWrite(request.method, request.headers, config.publicUrl ? new URL(config.publicUrl).host : undefined)
  ) {
    const body = isPage
      ? CROSS_SITE_MESSAGE
      : JSON.stringify({ error: { code: "FORBIDDEN", message: CROSS_SITE_MESSAGE } });
    const type = isPage ? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
    return withHeaders(
      new NextResponse(body, { status: 403, headers: { "Content-Type": type } }),
      NON_PAGE_CONTENT_SECURITY_POLICY,
      isHttps,
    );
  }
  if (!isPage) return withHeaders(NextResponse.next(), NON_PAGE_CONTENT_SECURITY_POLICY, isHttps);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({ nonce, isDev: config.isDev, isHttps });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, isHttps);
}

function withHeaders(response: NextResponse, csp: string, isHttps: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(isHttps))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Built files carry no policy of their own and are the same for everyone.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
