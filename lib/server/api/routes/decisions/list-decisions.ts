import "server-only";
import { z } from "zod";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiDecision, ZDecisionListQuery } from "@/lib/schemas/api/decisions";
import { findDecisions } from "@/lib/server/decisions/find-decisions";
import { decodeCursor, nextKeysetCursor } from "../../cursor";
import { defineApiRoute } from "../../define-api-route";
import { resolveUnitFilter } from "../../reads/resolve-unit-filter";
import { serializeDecision } from "../../serialize/serialize-decision";

/** The decisions' order: recorded, newest first, then id. */
const ZDecisionCursor = z.object({ c: z.iso.datetime(), i: z.uuid() });

export const listDecisionsRoute = defineApiRoute({
  method: "GET",
  path: "/decisions",
  operationId: "listDecisions",
  tag: "openapi.tags.decisions",
  summary: "openapi.routes.listDecisions.summary",
  description: "openapi.routes.listDecisions.description",
  query: ZDecisionListQuery,
  exampleQuery: { period: "2026-Q4", kind: "COMMENDATION" },
  errors: [400],
  response: { status: 200, description: "openapi.routes.listDecisions.response", schema: ZPageOf(ZApiDecision) },
  run: async ({ actor, query }) => {
    const after = decodeCursor(ZDecisionCursor, query.cursor);
    const unitPath = await resolveUnitFilter(query.unit);
    const result = await findDecisions(actor, {
      userId: query.person,
      unitPath: unitPath ?? undefined,
      periodKey: query.period,
      kind: query.kind,
      page: 1,
      pageSize: query.limit,
      after: after ? { createdAt: new Date(after.c), id: after.i } : undefined,
    });
    return {
      items: result.items.map((d) => serializeDecision(d, actor.locale)),
      nextCursor: nextKeysetCursor(result, (last) => ({ c: last.createdAt.toISOString(), i: last.id })),
    };
  },
});
