import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiDirectiveListItem, ZDirectiveListQuery } from "@/lib/schemas/api/directives";
import { findDirectives } from "@/lib/server/directives/find-directives";
import { z } from "zod";
import { decodeCursor, nextKeysetCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { serializeDirectiveListItem } from "../serialize/serialize-directive";

/** The register's order: issued, newest first, then number (unique). */
const ZDirectiveCursor = z.object({ a: z.iso.datetime(), n: z.string().min(1) });

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
    const after = decodeCursor(ZDirectiveCursor, query.cursor);
    const result = await findDirectives(
      actor,
      { q: query.q, page: 1, after: after ? { issuedAt: new Date(after.a), number: after.n } : undefined },
      now,
    );
    return {
      items: result.items.map(serializeDirectiveListItem),
      nextCursor: nextKeysetCursor(result, (last) => ({ a: last.issuedAt.toISOString(), n: last.number })),
    };
  },
});
