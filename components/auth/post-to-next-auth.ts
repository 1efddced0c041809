// What next-auth/react's signIn and signOut do, in the few lines this app needs: that library
// weighed 12 kB gzip on every page (the sign-out button is in the header), for two POSTs.

export type TNextAuthResult = { ok: boolean; error: string | null; url: string | null };

/**
 * POSTs a form to one of next-auth's endpoints with its CSRF token and `json`, so next-auth
 * answers with the URL it would redirect to instead of redirecting; a failure names itself in
 * that URL's `error` parameter (CredentialsSignin for a wrong e-mail or password).
 */
export async function postToNextAuth(
  endpoint: "callback/credentials" | "signout" | "signin/oidc",
  fields: Record<string, string> = {},
): Promise<TNextAuthResult> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch(`/api/auth/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: window.location.href, json: "true" }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  const error = data.url
    ? new URL(data.url, window.location.href).searchParams.get("error")
    : response.ok
      ? null
      : "Unknown";
  return { ok: response.ok && !error, error, url: data.url ?? null };
}
