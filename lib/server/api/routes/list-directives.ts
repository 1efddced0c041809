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
  tag: "Văn bản chỉ đạo",
  summary: "Danh mục văn bản chỉ đạo",
  description: "Mới nhất trước, 20 văn bản mỗi trang. Văn bản là công khai trong Ngành; taskCount chỉ đếm nhiệm vụ bạn được xem.",
  query: ZDirectiveListQuery,
  exampleQuery: { q: "trach nhiem" },
  errors: [400],
  response: { status: 200, description: "Một trang danh mục.", schema: ZPageOf(ZApiDirectiveListItem) },
  run: async ({ actor, query, now }) => {
    const result = await findDirectives(actor, { q: query.q, page: pageFromCursor(query.cursor) }, now);
    return { items: result.items.map(serializeDirectiveListItem), nextCursor: nextPageCursor(result.page, result.pageCount) };
  },
});
