import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiSignal, ZSignalListQuery } from "@/lib/schemas/api/signals";
import { findSignals } from "@/lib/server/signals/find-signals";
import { z } from "zod";
import { decodeCursor, nextKeysetCursor } from "../../cursor";
import { defineApiRoute } from "../../define-api-route";
import { serializeSignal } from "../../serialize/serialize-signal";

/** The signals' order: since, newest first, then id. */
const ZSignalCursor = z.object({ s: z.iso.datetime(), i: z.uuid() });

export const listSignalsRoute = defineApiRoute({
  method: "GET",
  path: "/signals",
  operationId: "listSignals",
  tag: "openapi.tags.signals",
  summary: "openapi.routes.listSignals.summary",
  description: "openapi.routes.listSignals.description",
  query: ZSignalListQuery,
  exampleQuery: { status: "open", kind: "OVERDUE_NO_EXTENSION" },
  errors: [400],
  response: { status: 200, description: "openapi.routes.listSignals.response", schema: ZPageOf(ZApiSignal) },
  run: async ({ actor, query, now }) => {
    const after = decodeCursor(ZSignalCursor, query.cursor);
    const result = await findSignals(
      actor,
      {
        unitId: query.unit,
        personId: query.person,
        kind: query.kind,
        status: query.status,
        page: 1,
        after: after ? { since: new Date(after.s), id: after.i } : undefined,
      },
      now,
    );
    return {
      items: result.items.map((s) => serializeSignal(s, actor.locale)),
      nextCursor: nextKeysetCursor(result, (last) => ({ s: last.since.toISOString(), i: last.id })),
    };
  },
});
