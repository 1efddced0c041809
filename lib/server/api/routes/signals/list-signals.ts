import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiSignal, ZSignalListQuery } from "@/lib/schemas/api/signals";
import { findSignals } from "@/lib/server/signals/find-signals";
import { nextPageCursor, pageFromCursor } from "../../cursor";
import { defineApiRoute } from "../../define-api-route";
import { serializeSignal } from "../../serialize/serialize-signal";

export const listSignalsRoute = defineApiRoute({
  method: "GET",
  path: "/signals",
  operationId: "listSignals",
  tag: "Cảnh báo trách nhiệm",
  summary: "Cảnh báo trách nhiệm trong phạm vi",
  description:
    "Mới nhất trước, 20 cảnh báo mỗi trang. Công chức thấy cảnh báo về mình; lãnh đạo thấy cảnh báo của đơn vị mình và các đơn vị trực thuộc; Vụ TCCB, thanh tra, quản trị thấy toàn Ngành.",
  query: ZSignalListQuery,
  exampleQuery: { status: "open", kind: "OVERDUE_NO_EXTENSION" },
  errors: [400],
  response: { status: 200, description: "Một trang cảnh báo.", schema: ZPageOf(ZApiSignal) },
  run: async ({ actor, query }) => {
    const result = await findSignals(actor, { unitId: query.unit, personId: query.person, kind: query.kind, status: query.status, page: pageFromCursor(query.cursor) });
    return { items: result.items.map((s) => serializeSignal(s, actor.locale)), nextCursor: nextPageCursor(result.page, result.pageCount) };
  },
});
