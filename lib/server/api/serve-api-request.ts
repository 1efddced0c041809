import "server-only";
import { apiHandler } from "./api-handler";
import { matchApiRoute } from "./match-api-route";
import { notFoundResponse } from "./not-found-response";
import { apiRoutes } from "./registry";

type TCatchAllContext = { params: Promise<{ path?: string[] }> };

const handlers = new Map(apiRoutes.map((route) => [route, apiHandler(route)]));
const match = matchApiRoute(apiRoutes);
/** `Allow` on a path no declaration serves: the JSON 404 answers every method. */
const ANY_METHOD = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

/**
 * Serves every endpoint of /api/v1 from the registry, through the one catch-all route file:
 * the declaration matched by method and path runs in apiHandler with the path's parameters.
 * A path no declaration serves is the API's JSON 404; a method its path does not declare is
 * 405 with no body, as Next answers a route file without that method.
 */
export async function serveApiRequest(request: Request, context: TCatchAllContext): Promise<Response> {
  const found = match(request.method, (await context.params).path ?? []);
  if (found.kind === "unknown-path") return notFoundResponse();
  if (found.kind === "wrong-method") return new Response(null, { status: 405 });
  return handlers.get(found.route)!(request, { params: Promise.resolve(found.params) });
}

/** 204 with the path's methods in `Allow`, as Next answers OPTIONS for a route file. */
export async function answerApiOptions(request: Request, context: TCatchAllContext): Promise<Response> {
  const found = match("OPTIONS", (await context.params).path ?? []);
  const methods = found.kind === "wrong-method" ? allowed(found.methods) : ANY_METHOD;
  return new Response(null, { status: 204, headers: { Allow: methods.join(", ") } });
}

function allowed(methods: readonly string[]): string[] {
  const all = new Set(["OPTIONS", ...methods]);
  if (all.has("GET")) all.add("HEAD");
  return [...all].sort();
}
