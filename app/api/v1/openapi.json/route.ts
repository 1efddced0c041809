import { getOpenApiDocument } from "@/lib/server/api/openapi/get-openapi-document";
import { openApiLocaleOf } from "@/lib/server/api/openapi/openapi-locale";

/**
 * The OpenAPI 3.1 document, public like any API reference: it describes, it holds no data.
 * In the caller's language (`?lang=en|vi`, else the token owner's or signed-in person's,
 * else Vietnamese): with ?lang the answer depends on the address only and any cache may keep
 * it; without, it depends on who asks, so only the caller's own cache may.
 */
export async function GET(request: Request): Promise<Response> {
  const { locale, fromQuery } = await openApiLocaleOf(request, new Date());
  const headers: Record<string, string> = fromQuery
    ? { "Cache-Control": "public, max-age=300", "Content-Language": locale }
    : { "Cache-Control": "private, max-age=300", Vary: "Authorization, Cookie", "Content-Language": locale };
  return Response.json(getOpenApiDocument(locale), { headers });
}
