import "server-only";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { requestMetadataOf } from "@/lib/server/request/request-metadata-of";
import { runWithRequestMetadata } from "@/lib/server/request/request-metadata";
import { toErrorReply } from "./api-error";
import { authenticateRequest } from "./authenticate-request";
import { beginIdempotentRequest } from "./begin-idempotent-request";
import type { TApiAuth, TApiRoute, TFileResult } from "./define-api-route";
import { parseRequest } from "./parse-request";
import { apiRateLimitPerMinute, consumeRateLimit, rateLimitHeaders } from "./rate-limit";
import { abandonIdempotentRequest, completeIdempotentRequest } from "./settle-idempotent-request";

type TRouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Builds the handler of one endpoint, in the steps every endpoint shares (like createAction
 * for server actions): authenticate (token or session) → rate-limit → parse path, query and
 * body with the route's zod schemas → claim the Idempotency-Key of a write → run the route's
 * one server function with the clock read here → serialise. Failures become the one error
 * shape (api-error.ts), worded in the caller's language once they are known (the token
 * owner's or the signed-in person's User.locale; DEFAULT_LOCALE before that); nothing
 * unexpected reaches the client.
 */
export function apiHandler(route: TApiRoute) {
  const handler = async (request: Request, context: TRouteContext): Promise<Response> => {
    let headers: Record<string, string> = {};
    let recordId: string | undefined;
    let locale: TLocale = DEFAULT_LOCALE;
    try {
      const now = new Date();
      const auth = await authenticateRequest(request, now);
      locale = auth.actor.locale;
      headers = rateLimitHeaders(await consumeRateLimit(rateKeyOf(auth), now, apiRateLimitPerMinute()));
      const input = await parseRequest(route, request, (await context?.params) ?? {}, locale);
      const key = request.headers.get("idempotency-key");
      if (key !== null && route.method !== "GET") {
        const path = new URL(request.url).pathname;
        const start = await beginIdempotentRequest(
          auth.actor.id,
          key,
          { method: route.method, path, body: input.rawBody },
          now,
        );
        if (start.kind === "replay")
          return jsonResponse(start.status, start.body, { ...headers, "Idempotent-Replayed": "true" });
        recordId = start.recordId;
      }
      const result = await route.run({
        auth,
        actor: auth.actor,
        params: input.params,
        query: input.query,
        body: input.body,
        now,
      });
      if (route.kind === "file") return fileResponse(result as TFileResult, route.response.contentType, headers);
      if (recordId) await settle(() => completeIdempotentRequest(recordId!, route.response.status, result));
      return jsonResponse(route.response.status, result, headers);
    } catch (e) {
      const reply = toErrorReply(e, locale);
      if (recordId) {
        const id = recordId;
        await settle(() =>
          reply.status < 500 ? completeIdempotentRequest(id, reply.status, reply.body) : abandonIdempotentRequest(id),
        );
      }
      return jsonResponse(reply.status, reply.body, { ...headers, ...reply.headers });
    }
  };
  // The audit events a request writes carry its address and User-Agent (record-event.ts).
  return (request: Request, context: TRouteContext) =>
    runWithRequestMetadata(requestMetadataOf(request.headers, env().trustProxy), () => handler(request, context));
}

function rateKeyOf(auth: TApiAuth): string {
  return auth.via === "token" ? `token:${auth.token.id}` : `user:${auth.actor.id}`;
}

/**
 * The write has happened by now: failing to record its answer must not turn it into an error
 * (the client would retry and write twice). The key then stays "in progress" until it expires,
 * so a retry is refused with 409 rather than run again.
 */
async function settle(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    console.error("[api] could not record the idempotent answer", e);
  }
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

function fileResponse(file: TFileResult, contentType: string, headers: Record<string, string>): Response {
  return new Response(file.bytes as BodyInit, {
    status: 200,
    headers: {
      ...headers,
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
