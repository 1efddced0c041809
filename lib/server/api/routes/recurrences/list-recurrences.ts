import "server-only";
import { z } from "zod";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiRecurrence, ZRecurrenceListQuery } from "@/lib/schemas/api/recurrences";
import { findRecurrences } from "@/lib/server/recurrences/find-recurrences";
import { decodeCursor, encodeCursor } from "../../cursor";
import { defineApiRoute } from "../../define-api-route";
import { serializeRecurrence } from "../../serialize/serialize-recurrence";

/** The page to serve next: recurrences are few per unit, so pages of the list's own size. */
const ZRecurrenceCursor = z.object({ p: z.number().int().min(2).max(10_000) });

export const listRecurrencesRoute = defineApiRoute({
  method: "GET",
  path: "/recurrences",
  operationId: "listRecurrences",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.listRecurrences.summary",
  description: "openapi.routes.listRecurrences.description",
  query: ZRecurrenceListQuery,
  exampleQuery: {},
  errors: [400, 403],
  response: { status: 200, description: "openapi.routes.listRecurrences.response", schema: ZPageOf(ZApiRecurrence) },
  run: async ({ actor, query, now }) => {
    const page = decodeCursor(ZRecurrenceCursor, query.cursor)?.p ?? 1;
    const result = await findRecurrences(actor, { page }, now);
    return {
      items: result.items.map((r) => serializeRecurrence(r, actor.locale)),
      nextCursor: page < result.pageCount ? encodeCursor({ p: page + 1 }) : null,
    };
  },
});
