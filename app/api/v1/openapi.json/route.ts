import { getOpenApiDocument } from "@/lib/server/api/openapi/get-openapi-document";

export const dynamic = "force-static";

/** The OpenAPI 3.1 document, public like any API reference: it describes, it holds no data. */
export function GET(): Response {
  return Response.json(getOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
