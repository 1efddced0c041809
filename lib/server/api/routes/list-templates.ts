import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiTemplate, ZTemplateListQuery } from "@/lib/schemas/api/templates";
import { findTemplates } from "@/lib/server/templates/find-templates";
import { sliceByCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";

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
    const templates = (await findTemplates(actor, {}, now)).filter(
      (t) => query.status === "all" || t.isActive === (query.status === "active"),
    );
    const { page, nextCursor } = sliceByCursor(templates, query.cursor, query.limit);
    return {
      items: page.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        isActive: t.isActive,
        unit: t.unitId && t.unit ? { id: t.unitId, name: t.unit.name } : null,
        steps: t.steps.map((s) => ({ name: s.name, kind: s.kind, defaultDurationDays: s.defaultDurationDays })),
        taskCount: t.taskCount,
        canEdit: t.canEdit,
      })),
      nextCursor,
    };
  },
});
