import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiTemplate, ZTemplateListQuery } from "@/lib/schemas/api/templates";
import { findTemplates } from "@/lib/server/templates/find-templates";
import { z } from "zod";
import { decodeCursor, nextKeysetCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";

/** The list order's key of the last template served: active first, then name, then id. */
const ZTemplateCursor = z.object({ a: z.boolean(), n: z.string().max(1000), i: z.uuid() });

export const listTemplatesRoute = defineApiRoute({
  method: "GET",
  path: "/templates",
  operationId: "listTemplates",
  tag: "openapi.tags.tasks",
  summary: "openapi.routes.listTemplates.summary",
  description: "openapi.routes.listTemplates.description",
  query: ZTemplateListQuery,
  exampleQuery: { status: "active" },
  errors: [400],
  response: { status: 200, description: "openapi.routes.listTemplates.response", schema: ZPageOf(ZApiTemplate) },
  run: async ({ actor, query, now }) => {
    const after = decodeCursor(ZTemplateCursor, query.cursor);
    const rows = await findTemplates(actor, { status: query.status, after, take: query.limit + 1 }, now);
    const page = { items: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
    return {
      items: page.items.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        isActive: t.isActive,
        unit: t.unitId && t.unit ? { id: t.unitId, name: t.unit.name } : null,
        steps: t.steps.map((s) => ({ name: s.name, kind: s.kind, defaultDurationDays: s.defaultDurationDays })),
        taskCount: t.taskCount,
        canEdit: t.canEdit,
      })),
      nextCursor: nextKeysetCursor(page, (last) => ({ a: last.isActive, n: last.name, i: last.id })),
    };
  },
});
