import { join } from "node:path";
import { pathToFileURL } from "node:url";

type THandler = (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>;
let handler: Promise<THandler> | undefined;

/**
 * Calls the very handler `next start` serves for POST /api/v1<path> (the checkout's
 * app/api/v1/[...path]/route.ts, with its matching, token check, parsing and server function), in this
 * process, with a bearer token: the statements it sends are the ones the server sends.
 */
export async function callRouteInProcess(
  appDir: string,
  token: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  const id = /^\/[a-z-]+\/([0-9a-f-]{36})\//.exec(path)?.[1];
  if (!id) throw new Error(`Đường dẫn không có mã: ${path}`);
  const file = join(appDir, "app/api/v1/[...path]/route.ts");
  handler ??= import(pathToFileURL(file).href).then((m: { POST: THandler }) => m.POST);
  const request = new Request(`http://127.0.0.1/api/v1${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const res = await (await handler)(request, { params: Promise.resolve({ path: path.split("/").slice(1) }) });
  return { status: res.status, body: await res.json() };
}
