import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiDirectiveListItem, ZDirectiveListQuery } from "@/lib/schemas/api/directives";
import { findDirectives } from "@/lib/server/directives/find-directives";
import { nextPageCursor, pageFromCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { serializeDirectiveListItem } from "../serialize/serialize-directive";

export const listDirectivesRoute = defineApiRoute({
  method: "GET",
  path: "/directives",
  operationId: "listDirectives",
  tag: "openapi.tags.directives",
  summary: "openapi.routes.listDirectives.summary",
  description: "openapi.routes.listDirectives.description",
  query: ZDirectiveListQuery,
  exampleQuery: { q: "trach nhiem" },
  errors: [400],
  response: {
    status: 200,
    description: "openapi.routes.listDirectives.response",
    schema: ZPageOf(ZApiDirectiveListItem),
  },
  run: async ({ actor, query, now }) => {
    const result = await findDirectives(actor, { q: query.q, page: pageFromCursor(query.cursor) }, now);
    return {
      items: result.items.map(serializeDirectiveListItem),
      nextCursor: nextPageCursor(result.page, result.pageCount),
    };
  },
});
