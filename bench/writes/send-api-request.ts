export type TApiAnswer = { status: number; ms: number; body: unknown; retryAfter: number | null };

/** Requests never wait longer than this: a request the server has not answered by then counts as status 0. */
const TIMEOUT_MS = 30_000;

/**
 * One REST API call to the bench's own server on 127.0.0.1, timed from just before the
 * request to the end of the body. Status 0 stands for a timeout or a broken connection.
 */
export async function sendApiRequest(
  base: string,
  token: string,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<TApiAnswer> {
  const started = performance.now();
  try {
    const auth = { Authorization: `Bearer ${token}` };
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    const res =
      method === "GET"
        ? await fetch(`${base}/api/v1${path}`, { headers: auth, signal })
        : await fetch(`${base}/api/v1${path}`, {
            method: "POST",
            headers: { ...auth, "Content-Type": "application/json" },
            body: JSON.stringify(body ?? {}),
            signal,
          });
    const text = await res.text();
    const ms = performance.now() - started;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text.slice(0, 200);
    }
    const ra = res.headers.get("retry-after");
    return { status: res.status, ms, body: parsed, retryAfter: ra === null ? null : Number(ra) };
  } catch (e) {
    return { status: 0, ms: performance.now() - started, body: String(e), retryAfter: null };
  }
}
