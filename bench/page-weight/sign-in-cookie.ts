// Signs in through next-auth's own credentials endpoint, as the sign-in form does, and
// returns the Cookie header of the session: the pages are weighed as a signed-in person sees them.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(callback).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`Sign-in as ${email} failed (HTTP ${callback.status})`);
  return [...jar, ...session].join("; ");
}
