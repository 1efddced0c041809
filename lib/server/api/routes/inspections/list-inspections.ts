import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiInspectionSummary, ZInspectionListQuery } from "@/lib/schemas/api/inspections";
import { findInspections } from "@/lib/server/inspections/find-inspections";
import { defineApiRoute } from "../../define-api-route";
import { serializeInspectionSummary } from "../../serialize/serialize-inspection";

export const listInspectionsRoute = defineApiRoute({
  method: "GET",
  path: "/inspections",
  operationId: "listInspections",
  tag: "openapi.tags.inspections",
  summary: "openapi.routes.listInspections.summary",
  description: "openapi.routes.listInspections.description",
  query: ZInspectionListQuery,
  exampleQuery: { mine: "true" },
  errors: [400],
  response: {
    status: 200,
    description: "openapi.routes.listInspections.response",
    schema: ZPageOf(ZApiInspectionSummary),
  },
  run: async ({ actor, query, now }) => {
    const rows = await findInspections(
      actor,
      { mine: query.mine === "true", inspectedUnitId: query.unitId, year: query.year },
      now,
    );
    return { items: rows.map(serializeInspectionSummary), nextCursor: null };
  },
});
