import "server-only";
import { ZPageOf } from "@/lib/schemas/api/common";
import { ZApiUnit, ZUnitListQuery } from "@/lib/schemas/api/units-users";
import { sliceByCursor } from "../cursor";
import { defineApiRoute } from "../define-api-route";
import { findUnitTree } from "../reads/find-unit-tree";

export const listUnitsRoute = defineApiRoute({
  method: "GET",
  path: "/units",
  operationId: "listUnits",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.listUnits.summary",
  description: "openapi.routes.listUnits.description",
  query: ZUnitListQuery,
  errors: [400, 404],
  response: { status: 200, description: "openapi.routes.listUnits.response", schema: ZPageOf(ZApiUnit) },
  run: async ({ query }) => {
    const { page, nextCursor } = sliceByCursor(await findUnitTree(query.under), query.cursor, query.limit);
    return {
      items: page.map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        level: u.level,
        parentId: u.parentId,
        path: u.path,
        depth: u.depth,
      })),
      nextCursor,
    };
  },
});
